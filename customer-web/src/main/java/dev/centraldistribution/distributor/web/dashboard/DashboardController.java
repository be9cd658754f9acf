package dev.centraldistribution.distributor.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;

import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The shop's front page: offerings grouped by product, searchable, sorted and paged.
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
	String home() {
		return "redirect:/dashboard";
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("request") DashboardRequest request, Model model, CsrfToken csrf,
			HttpServletRequest servletRequest) {
		CatalogPage page = this.catalog.browse(request.toQuery());
		if (page.query().page() > 0 && page.isEmpty() && page.totalProducts() > 0) {
			page = this.catalog.browse(request.lastPage(page.totalPages()));
		}
		model.addAttribute("page", page);
		model.addAttribute("sorts", DashboardSort.values());
		model.addAttribute("selectedSort", request.sortOrder());
		model.addAttribute("maxQuantityPerLine", this.cartLimits.maxQuantityPerLine());
		model.addAttribute("productCards", this.cards.render(page, this.cartLimits.maxQuantityPerLine(),
				servletRequest.getContextPath() + "/cart/lines", csrf));
		return "dashboard/index";
	}

}
