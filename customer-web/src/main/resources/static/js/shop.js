// What every page of the shop does in the browser, without inline scripts (the
// Content-Security-Policy allows none): opens and closes the navigation on a phone, closes
// notices, and falls back to a plain form submission when an htmx request fails.
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var toggler = event.target.closest('[data-bs-toggle="collapse"]');
		if (toggler) {
			var target = document.querySelector(toggler.dataset.bsTarget);
			if (target) {
				var open = target.classList.toggle('show');
				toggler.setAttribute('aria-expanded', String(open));
				toggler.classList.toggle('collapsed', !open);
			}
			return;
		}
		var close = event.target.closest('[data-dismiss-notice]');
		if (close) {
			close.closest('.alert').remove();
		}
	});

	// The shop answered with an error, or could not be reached: let the browser send the
	// form itself, so that the customer sees the whole page's answer (sign in again, ...).
	function submitPlainly(event) {
		var form = event.detail.elt;
		if (form instanceof HTMLFormElement && !form.dataset.plain) {
			form.dataset.plain = 'true';
			HTMLFormElement.prototype.submit.call(form);
		}
	}
	document.addEventListener('htmx:responseError', submitPlainly);
	document.addEventListener('htmx:sendError', submitPlainly);

	// An htmx answer that is a whole page (a redirect to sign in was followed) is not a
	// notice: show that page instead.
	document.addEventListener('htmx:beforeSwap', function (event) {
		var xhr = event.detail.xhr;
		if (xhr && xhr.responseURL && new URL(xhr.responseURL).pathname !== new URL(event.detail.pathInfo.finalRequestPath || event.detail.pathInfo.requestPath, location.href).pathname) {
			event.detail.shouldSwap = false;
			location.assign(xhr.responseURL);
		}
	});

	// Times come as UTC with the zone named ("2026-12-06 14:02 UTC"); in the browser, show
	// them in the customer's own zone, named too, and keep the UTC text as the title.
	function localTimes(root) {
		if (typeof Intl === 'undefined') {
			return;
		}
		root.querySelectorAll('time.local-time[datetime]').forEach(function (time) {
			var at = new Date(time.getAttribute('datetime'));
			if (isNaN(at.getTime()) || time.dataset.local) {
				return;
			}
			var options = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
				timeZoneName: 'short' };
			if (/:\d\d:\d\d/.test(time.textContent)) {
				options.second = '2-digit';
			}
			time.title = time.textContent.trim();
			time.textContent = new Intl.DateTimeFormat(undefined, options).format(at);
			time.dataset.local = 'true';
		});
	}
	document.addEventListener('DOMContentLoaded', function () {
		localTimes(document);
		// A status filter swiped sideways on a phone shows the chosen status.
		var chosen = document.querySelector('.status-filter .nav-link.active');
		if (chosen) {
			var strip = chosen.closest('.nav');
			strip.scrollLeft = Math.max(0, chosen.offsetLeft - strip.offsetLeft - 16);
		}
	});
	// An order card fetched again (js/order-updates.js) arrives as new content.
	document.addEventListener('htmx:load', function (event) {
		localTimes(event.detail.elt.parentNode || document);
	});
}());
