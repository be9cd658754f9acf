// Keeps a customer's open order page and order history current (docs/live-dashboard.md,
// "Live order status"): listens to the server-sent events of /orders/updates, which name
// the customer's orders that changed, and fetches again the card of each one shown here
// (/orders/{id}/card), swapped in place by htmx. Without JavaScript the pages are the
// same, only a reload shows a change.
(function () {
	'use strict';

	var cards = document.getElementById('order-cards');
	if (!cards || !window.EventSource || !cards.dataset.updatesUrl) {
		return;
	}
	var firstRetry = 1000;
	var lastRetry = 60000;
	var retry = firstRetry;
	var source;

	function connect() {
		cards.dataset.live = 'connecting';
		source = new EventSource(cards.dataset.updatesUrl);
		source.addEventListener('open', function () {
			cards.dataset.live = 'open';
			retry = firstRetry;
		});
		source.addEventListener('order', function (event) {
			refresh(event.data.trim());
		});
		source.addEventListener('error', function () {
			// A dropped connection is retried by EventSource itself; an HTTP error (503, 429,
			// 502 from the proxy, 401 once signed out) closes it for good: try again later,
			// backing off.
			if (source.readyState === EventSource.CLOSED) {
				cards.dataset.live = 'closed';
				setTimeout(connect, retry + Math.random() * retry);
				retry = Math.min(retry * 2, lastRetry);
			}
			else {
				cards.dataset.live = 'connecting';
			}
		});
	}

	function refresh(order) {
		if (!/^\d+$/.test(order)) {
			return;
		}
		var card = cards.querySelector('section.order[data-order-id="' + order + '"]');
		if (!card || !window.htmx) {
			return;
		}
		window.htmx.ajax('GET', card.dataset.cardUrl, { target: card, swap: 'outerHTML' });
	}

	connect();
}());
