package dev.centraldistribution.distributor.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The card vault's rows: one card per customer.
 */
@Repository
class StoredCards {

	private final JdbcClient jdbc;

	private final Clock clock;

	StoredCards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<StoredCard> find(CustomerId customer) {
		return this.jdbc.sql("""
				select customer_id, token, brand, last_four, expiry_year, expiry_month, test_behaviour
				from payment_card where customer_id = :customer
				""").param("customer", customer.value()).query(this::card).optional();
	}

	void replace(StoredCard card) {
		delete(card.customer());
		this.jdbc.sql("""
				insert into payment_card (customer_id, token, brand, last_four, expiry_year, expiry_month,
				                          test_behaviour, registered_at)
				values (:customer, :token, :brand, :lastFour, :year, :month, :behaviour, :now)
				""")
			.param("customer", card.customer().value())
			.param("token", card.token())
			.param("brand", card.brand().displayName())
			.param("lastFour", card.lastFour())
			.param("year", card.expiry().getYear())
			.param("month", card.expiry().getMonthValue())
			.param("behaviour", card.behaviour().name())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	boolean delete(CustomerId customer) {
		return this.jdbc.sql("delete from payment_card where customer_id = :customer")
			.param("customer", customer.value())
			.update() > 0;
	}

	private StoredCard card(ResultSet row, int rowNumber) throws SQLException {
		return new StoredCard(new CustomerId(row.getLong("customer_id")), row.getString("token"),
				CardBrand.fromDisplayName(row.getString("brand")), row.getString("last_four").strip(),
				YearMonth.of(row.getInt("expiry_year"), row.getInt("expiry_month")),
				TestCardBehaviour.valueOf(row.getString("test_behaviour")));
	}

}
