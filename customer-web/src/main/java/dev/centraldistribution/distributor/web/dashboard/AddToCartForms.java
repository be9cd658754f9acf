package dev.centraldistribution.distributor.web.dashboard;

import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.catalog.ProductListing;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The small forms that the dashboard's cached product cards' quantity fields and "Add"
 * buttons belong to ({@code form="add-<offering id>"}), one per offering, written for
 * each request: they carry this session's CSRF token, which the cached cards must not.
 * Written here rather than by Thymeleaf because they are all of a page that is rendered
 * per request but its header; every value in them is escaped.
 * <p>
 * A signed-in customer's forms post to the cart (with htmx, the answer lands in
 * {@code #cart-feedback}); a visitor's ask to sign in first, by a plain GET that carries
 * the offering and this page along (web.cart.AddAfterSignIn): no session and no CSRF
 * token for merely looking.
 */
final class AddToCartForms {

	private AddToCartForms() {
	}

	/**
	 * A signed-in customer's forms.
	 * @param page the products shown
	 * @param contextPath the application's path
	 * @param returnTo this page's address, for "Add" to come back to
	 * @param csrf this request's token
	 * @return the forms' HTML
	 */
	static String forCustomer(CatalogPage page, String contextPath, String returnTo, CsrfToken csrf) {
		String action = HtmlUtils.htmlEscape(contextPath + "/cart/lines");
		String token = "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\""
				+ HtmlUtils.htmlEscape(csrf.getToken()) + "\"/>";
		String back = HtmlUtils.htmlEscape(returnTo);
		StringBuilder html = new StringBuilder(page.products().size() * 400);
		for (ProductListing product : page.products()) {
			for (OfferingView offering : product.offerings()) {
				html.append("<form id=\"add-")
					.append(offering.id().value())
					.append("\" method=\"post\" action=\"")
					.append(action)
					.append("\" hx-post=\"")
					.append(action)
					.append("\" hx-target=\"#cart-feedback\" hx-swap=\"innerHTML\">")
					.append(token)
					.append("<input type=\"hidden\" name=\"offering\" value=\"")
					.append(offering.id().value())
					.append("\"><input type=\"hidden\" name=\"returnTo\" value=\"")
					.append(back)
					.append("\"></form>\n");
			}
		}
		return html.toString();
	}

	/**
	 * A visitor's forms, which lead to the sign-in page.
	 * @param page the products shown
	 * @param contextPath the application's path
	 * @param returnTo this page's address, to continue to after signing in
	 * @return the forms' HTML
	 */
	static String forVisitor(CatalogPage page, String contextPath, String returnTo) {
		String action = HtmlUtils.htmlEscape(contextPath + "/login");
		String back = HtmlUtils.htmlEscape(returnTo);
		StringBuilder html = new StringBuilder(page.products().size() * 200);
		for (ProductListing product : page.products()) {
			for (OfferingView offering : product.offerings()) {
				html.append("<form id=\"add-")
					.append(offering.id().value())
					.append("\" method=\"get\" action=\"")
					.append(action)
					.append("\"><input type=\"hidden\" name=\"add\" value=\"")
					.append(offering.id().value())
					.append("\"><input type=\"hidden\" name=\"continue\" value=\"")
					.append(back)
					.append("\"></form>\n");
			}
		}
		return html.toString();
	}

}
