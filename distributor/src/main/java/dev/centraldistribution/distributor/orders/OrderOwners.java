package dev.centraldistribution.distributor.orders;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose orders these are: for telling only their owner that they changed.
 */
@Service
@Transactional(readOnly = true)
public class OrderOwners {

	private final JdbcClient jdbc;

	OrderOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The customer of each order, in one query.
	 * @param orders the orders, a few hundred at most
	 * @return each order found and its customer; orders that do not exist are left out
	 */
	public Map<OrderId, CustomerId> ownersOf(Collection<OrderId> orders) {
		if (orders.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = orders.stream().map(OrderId::value).distinct().toList();
		Map<OrderId, CustomerId> owners = new LinkedHashMap<>();
		this.jdbc.sql("select id, customer_id from customer_order where id in (:ids) order by id")
			.param("ids", ids)
			.query((row) -> {
				owners.put(new OrderId(row.getLong("id")), new CustomerId(row.getLong("customer_id")));
			});
		return owners;
	}

}
