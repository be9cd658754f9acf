// Keeps an open dashboard's quantities current (docs/live-dashboard.md): listens to the
// server-sent events of /dashboard/updates, writes each offering's new quantity into its
// row, and removes offerings that sold out, and products left with none. On a product's
// page (main.product-page) the same stream keeps its offers' quantities current: a sold
// out offer stays, saying so, as the page shows it when loaded.
(function () {
	'use strict';

	var productPage = document.querySelector('main.product-page');
	var products = document.getElementById('products') || productPage;
	// No updates URL for visitors who have not signed in: the stream is the customers'.
	if (!products || !window.EventSource || !products.dataset.updatesUrl) {
		return;
	}
	var maxPerLine = Number(products.dataset.maxQuantityPerLine) || Infinity;
	var firstRetry = 1000;
	var lastRetry = 60000;
	var retry = firstRetry;
	var source;

	function connect() {
		products.dataset.live = 'connecting';
		source = new EventSource(products.dataset.updatesUrl);
		source.addEventListener('open', function () {
			products.dataset.live = 'open';
			retry = firstRetry;
		});
		source.addEventListener('stock', function (event) {
			JSON.parse(event.data).forEach(apply);
		});
		source.addEventListener('error', function () {
			// A dropped connection is retried by EventSource itself (after the server's
			// "retry:"). An HTTP error (503 when the instance is full, 502 from the proxy,
			// 401 once signed out) closes it for good: try again later, backing off.
			if (source.readyState === EventSource.CLOSED) {
				products.dataset.live = 'closed';
				setTimeout(connect, retry + Math.random() * retry);
				retry = Math.min(retry * 2, lastRetry);
			}
			else {
				products.dataset.live = 'connecting';
			}
		});
	}

	function apply(level) {
		if (productPage) {
			applyToProductPage(level);
			return;
		}
		var row = products.querySelector('tr.offering[data-offering-id="' + level.offering + '"]');
		if (!row) {
			return;
		}
		var product = row.closest('section.product');
		if (level.available <= 0) {
			row.remove();
		}
		else {
			var cell = row.querySelector('.available');
			if (cell.textContent.trim() === String(level.available)) {
				return;
			}
			cell.textContent = level.available;
			flash(cell);
			var quantity = row.querySelector('input.quantity');
			if (quantity) {
				quantity.max = Math.min(level.available, maxPerLine);
			}
		}
		updateProduct(product);
	}

	function updateProduct(product) {
		var rows = product.querySelectorAll('tr.offering');
		if (rows.length === 0) {
			product.closest('.col').remove();
			return;
		}
		var total = 0;
		rows.forEach(function (row) {
			total += Number(row.querySelector('.available').textContent);
		});
		product.querySelector('.total-available').textContent = total;
		product.querySelector('.manufacturer-count').textContent = rows.length;
	}

	function applyToProductPage(level) {
		var row = productPage.querySelector('tr.offering[data-offering-id="' + level.offering + '"]');
		if (!row) {
			return;
		}
		var cell = row.querySelector('.available');
		var text = level.available > 0 ? String(level.available) : 'Sold out';
		if (cell.textContent.trim() === text) {
			return;
		}
		cell.textContent = text;
		flash(cell);
		var state = row.querySelector('.state .on-sale, .state .sold-out');
		if (state) {
			state.className = level.available > 0 ? 'on-sale' : 'sold-out';
			state.textContent = level.available > 0 ? 'Answering: on sale' : 'Sold out';
		}
		var form = row.querySelector('form.add-to-cart');
		if (form && level.available <= 0) {
			form.remove();
		}
		else if (form) {
			form.querySelector('input.quantity').max = Math.min(level.available, maxPerLine);
		}
		var buyable = productPage.querySelector('.buyable');
		if (buyable) {
			var total = 0;
			productPage.querySelectorAll('tr.offering').forEach(function (offering) {
				if (offering.querySelector('.state .on-sale')) {
					total += Number(offering.querySelector('.available').textContent) || 0;
				}
			});
			buyable.textContent = total;
		}
	}

	function flash(cell) {
		cell.classList.remove('changed');
		void cell.offsetWidth; // restarts the animation when it is still running
		cell.classList.add('changed');
	}

	connect();
}());
