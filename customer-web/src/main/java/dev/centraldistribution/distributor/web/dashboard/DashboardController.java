package dev.centraldistribution.distributor.web.dashboard;

import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;

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

	DashboardController(OfferingCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/dashboard";
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("request") DashboardRequest request, Model model) {
		CatalogPage page = this.catalog.browse(request.toQuery());
		if (page.query().page() > 0 && page.isEmpty() && page.totalProducts() > 0) {
			page = this.catalog.browse(request.lastPage(page.totalPages()));
		}
		model.addAttribute("page", page);
		model.addAttribute("sorts", DashboardSort.values());
		model.addAttribute("selectedSort", request.sortOrder());
		return "dashboard/index";
	}

}
