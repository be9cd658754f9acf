package dev.centraldistribution.distributor.cart;

import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a customer's cart with what is available of each line now.
 */
@Service
public class ViewCart {

	private final CartLines lines;

	private final OfferingCatalog catalog;

	ViewCart(CartLines lines, OfferingCatalog catalog) {
		this.lines = lines;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public CartView of(CustomerId customer) {
		List<StoredCartLine> stored = this.lines.of(customer);
		Map<OfferingId, OfferingView> offerings = this.catalog
			.findAll(stored.stream().map(StoredCartLine::offering).toList());
		return new CartView(stored.stream()
			.filter((line) -> offerings.containsKey(line.offering()))
			.map((line) -> new CartLine(line.id(), offerings.get(line.offering()), line.quantity()))
			.toList());
	}

}
