package dev.centraldistribution.distributor.web.dashboard;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.web.cart.CartCount;
import dev.centraldistribution.distributor.web.platform.rendering.CatalogPages;
import dev.centraldistribution.distributor.web.platform.rendering.SharedFragments;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's front page: offerings grouped by product, searchable, sorted and paged. The
 * page is read again only when the catalogue's version changed ({@link CatalogPages});
 * what every viewer sees alike (search form, product cards, pager) comes rendered from a
 * cache keyed by what it shows ({@link SharedFragments}; both in web.platform.rendering);
 * the rest is this request's: the header, notices, and the add-to-cart forms
 * ({@link AddToCartForms}) with the session's CSRF token. An unchanged page is answered
 * {@code 304 Not Modified} ({@link DashboardEntityTag}).
 */
@Controller
class DashboardController {

	private static final List<String> SHARED_PARTS = List.of("top", "listing", "pager");

	private final CatalogPages pages;

	private final CartProperties cartLimits;

	private final SharedFragments fragments;

	private final CartCount cartCount;

	DashboardController(CatalogPages pages, CartProperties cartLimits, SharedFragments fragments, CartCount cartCount) {
		this.pages = pages;
		this.cartLimits = cartLimits;
		this.fragments = fragments;
		this.cartCount = cartCount;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal Object principal) {
		return (principal instanceof AuthenticatedOperator) ? "redirect:/admin" : "redirect:/dashboard";
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("request") DashboardRequest request, @AuthenticationPrincipal Object principal,
			Principal signedIn, Model model, ServletWebRequest web) {
		CatalogPages.Shown read = this.pages.browse(request.toQuery());
		if (read.page().query().page() > 0 && read.page().isEmpty() && read.page().totalProducts() > 0) {
			read = this.pages.browse(request.lastPage(read.page().totalPages()));
		}
		CatalogPage page = read.page();
		// Anyone may look; only a signed-in customer's "Add" goes straight into a cart.
		boolean customer = principal instanceof AuthenticatedCustomer;
		SharedFragments.Rendered shared = this.fragments.render("dashboard/shared", SHARED_PARTS,
				shown(request, read, customer));
		long cartUnits = this.cartCount.of(principal);
		HttpServletRequest http = web.getRequest();
		DashboardEntityTag tag = DashboardEntityTag.of(shared, signedIn, principal, cartUnits, http, model);
		if (tag.isKnown()) {
			web.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			if (web.checkNotModified(tag.value())) {
				return null;
			}
		}
		String returnTo = thisPage(request, page);
		CsrfToken csrf = (CsrfToken) http.getAttribute(CsrfToken.class.getName());
		model.addAttribute("shared", shared);
		model.addAttribute("cartUnits", cartUnits);
		model.addAttribute("addToCartForms",
				(customer && csrf != null) ? AddToCartForms.forCustomer(page, http.getContextPath(), returnTo, csrf)
						: AddToCartForms.forVisitor(page, http.getContextPath(), returnTo));
		return "dashboard/index";
	}

	/** Everything the shared parts show, compared by value: the cache's key. */
	private Map<String, Object> shown(DashboardRequest request, CatalogPages.Shown read, boolean customer) {
		CatalogPage page = read.page();
		Map<String, Object> shown = new HashMap<>();
		shown.put("page", page);
		shown.put("categories", read.categories());
		shown.put("q", request.q());
		shown.put("sorts", List.of(DashboardSort.values()));
		shown.put("selectedSort", request.sortOrder());
		shown.put("maxQuantityPerLine", this.cartLimits.maxQuantityPerLine());
		shown.put("customer", customer);
		shown.put("previousUrl", pageAddress(request, page, page.query().page()));
		shown.put("nextUrl", pageAddress(request, page, page.query().page() + 2));
		return shown;
	}

	/**
	 * This page's own address, for "Add to cart" to return to (web.cart.DashboardReturn).
	 */
	private static String thisPage(DashboardRequest request, CatalogPage page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard");
		if (page.query().hasSearch()) {
			uri.queryParam("q", "{q}");
		}
		if (page.query().hasCategory()) {
			uri.queryParam("category", "{category}");
		}
		return uri.queryParam("sort", request.sortOrder().getParameter())
			.queryParam("size", page.query().size())
			.queryParam("page", page.query().page() + 1)
			.encode()
			.buildAndExpand(Map.of("q", page.query().hasSearch() ? page.query().search() : "", "category",
					page.query().hasCategory() ? page.query().category() : ""))
			.toUriString();
	}

	/** The address of another page of the same search, for the pager (one-based). */
	private static String pageAddress(DashboardRequest request, CatalogPage page, int pageNumber) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard");
		if (request.q() != null) {
			uri.queryParam("q", "{q}");
		}
		if (page.query().hasCategory()) {
			uri.queryParam("category", "{category}");
		}
		return uri.queryParam("sort", request.sortOrder().getParameter())
			.queryParam("size", page.query().size())
			.queryParam("page", pageNumber)
			.encode()
			.buildAndExpand(Map.of("q", (request.q() != null) ? request.q() : "", "category",
					page.query().hasCategory() ? page.query().category() : ""))
			.toUriString();
	}

}
