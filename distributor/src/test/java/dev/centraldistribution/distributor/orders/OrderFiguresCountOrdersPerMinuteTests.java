package dev.centraldistribution.distributor.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's order figures: orders per minute as the database counts them, and the
 * revenue of a period without rejected orders. The orders are placed ten years ahead, in
 * minutes no other test uses, since tests may share one database.
 */
@SpringBootTest
class OrderFiguresCountOrdersPerMinuteTests {

	@Autowired
	OrderFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsTheOrdersOfEachMinuteAndTheRevenueOfThePeriod() {
		Instant start = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.HOURS);
		long customer = new CustomerFixtures(this.jdbc).customer("Ada").id().value();
		order(customer, start.plusSeconds(5), 1_000, "CONFIRMED");
		order(customer, start.plusSeconds(59), 2_000, "PLACED");
		order(customer, start.plusSeconds(2 * 60 + 30), 4_000, "REJECTED");
		order(customer, start.plusSeconds(4 * 60), 8_000, "CONFIRMED");

		assertThat(this.figures.placedPerMinute(start, 4)).containsExactly(2, 0, 1, 0);
		assertThat(this.figures.placedBetween(start, start.plusSeconds(5 * 60)))
			.isEqualTo(new OrderFigures.PlacedOrders(4, Map.of("EUR", 11_000L)));
	}

	private void order(long customer, Instant placedAt, long total, String status) {
		String token = UUID.randomUUID().toString();
		OffsetDateTime at = OffsetDateTime.ofInstant(placedAt, ZoneOffset.UTC);
		this.jdbc.sql(
				"insert into checkout_token (token, customer_id, issued_at, placed_at) values (:token, :customer, :at, :at)")
			.param("token", token)
			.param("customer", customer)
			.param("at", at)
			.update();
		this.jdbc.sql("""
				insert into customer_order (customer_id, checkout_token, status, total_cents, currency, placed_at)
				values (:customer, :token, :status, :total, 'EUR', :at)""")
			.param("customer", customer)
			.param("token", token)
			.param("status", status)
			.param("total", total)
			.param("at", at)
			.update();
	}

}
