package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stock and orders as the database holds them, read and changed behind the browser's
 * back.
 */
final class Backstage {

	private final JdbcClient jdbc;

	Backstage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long available(OfferingId offering) {
		return this.jdbc.sql("select available from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single();
	}

	/** Other customers buy some of an offering while this one is not looking. */
	long ordersOf(CustomerId customer) {
		return this.jdbc.sql("select count(*) from customer_order where customer_id = :customer")
			.param("customer", customer.value())
			.query(Long.class)
			.single();
	}

}
