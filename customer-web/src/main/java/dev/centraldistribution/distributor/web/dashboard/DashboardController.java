package dev.centraldistribution.distributor.web.dashboard;

import java.util.Map;

import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.web.platform.rendering.ProductCards;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's front page: offerings grouped by product, searchable, sorted and paged. The
 * product cards come rendered from a cache ({@link ProductCards}, in
 * web.platform.rendering); the add-to-cart forms their buttons submit are rendered per
 * request by the page itself.
 */
@Controller
class DashboardController {

	private final OfferingCatalog catalog;

	private final CartProperties cartLimits;

	private final ProductCards cards;

	DashboardController(OfferingCatalog catalog, CartProperties cartLimits, ProductCards cards) {
		this.catalog = catalog;
		this.cartLimits = cartLimits;
		this.cards = cards;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal Object principal) {
		return (principal instanceof AuthenticatedOperator) ? "redirect:/admin" : "redirect:/dashboard";
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("request") DashboardRequest request, @AuthenticationPrincipal Object principal,
			Model model) {
		CatalogPage page = this.catalog.browse(request.toQuery());
		if (page.query().page() > 0 && page.isEmpty() && page.totalProducts() > 0) {
			page = this.catalog.browse(request.lastPage(page.totalPages()));
		}
		model.addAttribute("page", page);
		model.addAttribute("categories", this.catalog.categories());
		model.addAttribute("sorts", DashboardSort.values());
		model.addAttribute("selectedSort", request.sortOrder());
		model.addAttribute("maxQuantityPerLine", this.cartLimits.maxQuantityPerLine());
		model.addAttribute("productCards", this.cards.render(page, this.cartLimits.maxQuantityPerLine()));
		model.addAttribute("returnTo", thisPage(request, page));
		// Anyone may look; only a signed-in customer's "Add" goes straight into a cart.
		model.addAttribute("customer", principal instanceof AuthenticatedCustomer);
		return "dashboard/index";
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

}
