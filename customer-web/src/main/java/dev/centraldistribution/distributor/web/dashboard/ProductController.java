package dev.centraldistribution.distributor.web.dashboard;

import java.nio.charset.StandardCharsets;

import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.ProductDetails;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * One product's page, open to anyone like the dashboard: what the manufacturers'
 * catalogues say of it and every manufacturer's offer, sold out or not, with whether it
 * can be bought now and why not, in words. A product nobody offers is not found.
 */
@Controller
class ProductController {

	/** The path of a product's page, the sku encoded. */
	static String pathOf(String sku) {
		return "/products/" + UriUtils.encodePathSegment(sku, StandardCharsets.UTF_8);
	}

	private final OfferingCatalog catalog;

	private final CartProperties cartLimits;

	ProductController(OfferingCatalog catalog, CartProperties cartLimits) {
		this.catalog = catalog;
		this.cartLimits = cartLimits;
	}

	@GetMapping("/products/{sku}")
	String product(@PathVariable String sku, @AuthenticationPrincipal Object principal, Model model) {
		ProductDetails product = this.catalog.product(sku)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such product"));
		model.addAttribute("product", product);
		model.addAttribute("maxQuantityPerLine", this.cartLimits.maxQuantityPerLine());
		model.addAttribute("returnTo", pathOf(sku));
		model.addAttribute("customer", principal instanceof AuthenticatedCustomer);
		return "products/product";
	}

}
