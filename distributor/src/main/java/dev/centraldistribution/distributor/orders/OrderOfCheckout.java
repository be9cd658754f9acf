package dev.centraldistribution.distributor.orders;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the order a checkout form placed: the checkout asks whether a concurrent
 * submission of the same form placed it already.
 */
@Service
public class OrderOfCheckout {

	private final JdbcClient jdbc;

	OrderOfCheckout(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The order of a checkout form.
	 * @param checkoutReference the form's reference, unique per order
	 * @return the order and its payment authorisation, empty when none was placed
	 */
	@Transactional(readOnly = true)
	public Optional<PlacedOrderRef> find(String checkoutReference) {
		return this.jdbc.sql("select id, payment_reference from customer_order where checkout_token = :token")
			.param("token", checkoutReference)
			.query((row, number) -> new PlacedOrderRef(new OrderId(row.getLong("id")),
					row.getString("payment_reference")))
			.optional();
	}

}
