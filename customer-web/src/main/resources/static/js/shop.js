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
}());
