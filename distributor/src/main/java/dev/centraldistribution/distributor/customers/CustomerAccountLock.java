package dev.centraldistribution.distributor.customers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises changes to one customer's account details (such as the card on file) made by
 * other modules: whoever locks first changes first, the other waits for its commit.
 */
@Service
public class CustomerAccountLock {

	private final JdbcClient jdbc;

	CustomerAccountLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the customer's account row until the caller's transaction ends.
	 * @param customer the account
	 * @return {@code false} when there is no such account
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lock(CustomerId customer) {
		return this.jdbc.sql("select id from customer where id = :customer for update")
			.param("customer", customer.value())
			.query(Long.class)
			.optional()
			.isPresent();
	}

}
