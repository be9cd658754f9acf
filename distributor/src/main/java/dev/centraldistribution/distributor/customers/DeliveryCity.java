package dev.centraldistribution.distributor.customers;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city a customer has goods delivered to. Which cities exist is the caller's to check
 * (the allocation module keeps the list); this keeps the one chosen.
 */
@Service
public class DeliveryCity {

	/** Longest city label kept ({@code customer.delivery_city}). */
	public static final int MAX_LENGTH = 120;

	private final JdbcClient jdbc;

	DeliveryCity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param customer whose city
	 * @return the city chosen, empty until one is
	 */
	@Transactional(readOnly = true)
	public Optional<String> of(CustomerId customer) {
		return this.jdbc.sql("select delivery_city from customer where id = :id")
			.param("id", customer.value())
			.query((row, number) -> Optional.ofNullable(row.getString(1)))
			.optional()
			.flatMap((city) -> city);
	}

	/**
	 * @param customer whose city
	 * @param city a city of the list, as {@code Name, CC}
	 */
	@Transactional
	public void choose(CustomerId customer, String city) {
		if (city == null || city.isBlank() || city.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Not a city label: " + city);
		}
		this.jdbc.sql("update customer set delivery_city = :city where id = :id")
			.param("city", city)
			.param("id", customer.value())
			.update();
	}

}
