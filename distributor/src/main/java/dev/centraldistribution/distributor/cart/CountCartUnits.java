package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many units a customer's cart holds, for the count the shop's header shows on every
 * page: one small query, without reading the offerings as {@link ViewCart} does.
 */
@Service
public class CountCartUnits {

	private final CartLines lines;

	CountCartUnits(CartLines lines) {
		this.lines = lines;
	}

	@Transactional(readOnly = true)
	public long of(CustomerId customer) {
		return this.lines.units(customer);
	}

}
