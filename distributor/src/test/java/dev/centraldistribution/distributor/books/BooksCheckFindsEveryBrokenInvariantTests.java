package dev.centraldistribution.distributor.books;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The books check finds each invariant broken on purpose, and nothing in books that
 * balance. Runs on a database of its own, even where the other tests share PostgreSQL: a
 * clean run must find 0 violations, which other tests' rows (orders written by hand,
 * without acknowledgements) would not allow, and one planted violation needs the check
 * constraint that normally forbids it dropped.
 */
@SpringBootTest(properties = { "distributor.books.enabled=false",
		// Whatever the profile: the PostgreSQL one's driver settings are ignored, its
		// schema
		// replaced by H2's default.
		"spring.datasource.url=jdbc:h2:mem:books-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;IGNORE_UNKNOWN_SETTINGS=TRUE",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.schemas=public",
		"spring.flyway.default-schema=public" })
class BooksCheckFindsEveryBrokenInvariantTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BooksCheck check;

	@Autowired
	LastBooksCheck last;

	@Autowired
	MeterRegistry meters;

	Instant t0;

	String code;

	long manufacturer;

	long offering;

	long subOrder;

	@BeforeEach
	void booksThatBalance() {
		for (String table : new String[] { "books_check", "sub_order_acknowledgement", "purchase_reminder",
				"order_line", "sub_order", "customer_order", "checkout_token", "cart_line", "offering" }) {
			this.jdbc.sql("delete from " + table).update();
		}
		this.t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.manufacturer = offerings.manufacturer("acme", "Acme Tools");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", this.manufacturer)
			.query(String.class)
			.single();
		this.offering = offerings.offering(this.manufacturer, offerings.sku("drill"), "Drill", 12_000, 10).value();
		// 3 of 10 sold, acknowledged, and applied according to a pull that started after
		// the
		// acknowledgement.
		this.jdbc.sql("update offering set available = 7, sold_total = 3, applied_total = 3 where id = :id")
			.param("id", this.offering)
			.update();
		this.subOrder = answeredSubOrder(3);
		acknowledge(this.subOrder, this.t0);
		pulled(this.t0.plusSeconds(30), Duration.ofSeconds(1));
	}

	@Test
	void booksThatBalanceHaveNoViolation() {
		BooksResult result = this.check.check(this.t0.plusSeconds(60));

		assertThat(result.violations()).isZero();
		assertThat(result.invariants()).extracting(InvariantResult::invariant).containsExactly(Invariant.values());
		assertThat(result.invariants()).allMatch(InvariantResult::holds);
		assertThat(this.last.result()).contains(result);
		assertThat(this.meters.get(BooksScheduling.VIOLATIONS_GAUGE).gauge().value()).isZero();
	}

	@Test
	void findsNegativeStock() {
		this.jdbc.sql("alter table offering drop constraint offering_available_not_negative").update();
		try {
			this.jdbc.sql("update offering set available = -2, received_total = received_total - 9 where id = :id")
				.param("id", this.offering)
				.update();

			BooksResult result = this.check.check(this.t0.plusSeconds(60));

			assertThat(violations(result, Invariant.NO_NEGATIVE_STOCK)).isEqualTo(1);
			assertThat(examples(result, Invariant.NO_NEGATIVE_STOCK)).contains("offering " + this.offering + " ")
				.contains("available -2");
			assertThat(result.violations()).isEqualTo(1);
			assertThat(this.meters.get(BooksScheduling.VIOLATIONS_GAUGE).gauge().value()).isEqualTo(1.0);
		}
		finally {
			this.jdbc.sql("update offering set available = 0 where available < 0").update();
			this.jdbc.sql("alter table offering add constraint offering_available_not_negative check (available >= 0)")
				.update();
		}
	}

	@Test
	void findsASubOrderAnsweredWithoutAnAcknowledgement() {
		long unacknowledged = answeredSubOrder(0);

		BooksResult result = this.check.check(this.t0.plusSeconds(60));

		assertThat(violations(result, Invariant.ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER)).isEqualTo(1);
		assertThat(examples(result, Invariant.ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER))
			.contains("sub-order " + unacknowledged + " of " + this.code + " answered without an acknowledgement");
		assertThat(result.violations()).isEqualTo(1);
	}

	@Test
	void findsAnAcknowledgementOfASubOrderStillWaiting() {
		this.jdbc.sql("update sub_order set status = 'PLACED' where id = :id").param("id", this.subOrder).update();
		this.jdbc.sql("update order_line set accepted = null where sub_order_id = :id")
			.param("id", this.subOrder)
			.update();

		BooksResult result = this.check.check(this.t0.plusSeconds(60));

		assertThat(violations(result, Invariant.ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER)).isEqualTo(1);
		assertThat(examples(result, Invariant.ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER))
			.contains("for sub-order " + this.subOrder + ", which is not answered");
	}

	@Test
	void findsUnitsSoldThatTheManufacturerDidNotApplyOnceQuiet() {
		this.jdbc.sql("update offering set applied_total = 2 where id = :id").param("id", this.offering).update();

		BooksResult result = this.check.check(this.t0.plusSeconds(60));

		assertThat(violations(result, Invariant.SOLD_EQUALS_APPLIED_ONCE_QUIET)).isEqualTo(1);
		assertThat(examples(result, Invariant.SOLD_EQUALS_APPLIED_ONCE_QUIET))
			.contains("offering " + this.offering + " ")
			.contains("sold 3, manufacturer applied 2");
		assertThat(result.violations()).isEqualTo(1);
	}

	@Test
	void doesNotJudgeSoldAgainstAppliedWhileSomethingIsInFlight() {
		this.jdbc.sql("update offering set applied_total = 2 where id = :id").param("id", this.offering).update();

		// A pull that started before the latest acknowledgement arrived: its snapshot may
		// predate what the manufacturer applied.
		pulled(this.t0.plusMillis(500), Duration.ofSeconds(1));
		assertThat(violations(this.check.check(this.t0.plusSeconds(60)), Invariant.SOLD_EQUALS_APPLIED_ONCE_QUIET))
			.isZero();

		// A sub-order still waiting for its answer.
		pulled(this.t0.plusSeconds(30), Duration.ofSeconds(1));
		long waiting = answeredSubOrder(1);
		this.jdbc.sql("update sub_order set status = 'PLACED' where id = :id").param("id", waiting).update();
		assertThat(violations(this.check.check(this.t0.plusSeconds(60)), Invariant.SOLD_EQUALS_APPLIED_ONCE_QUIET))
			.isZero();
	}

	@Test
	void findsStockThatIsNotConserved() {
		this.jdbc.sql("update offering set received_total = 11 where id = :id").param("id", this.offering).update();

		BooksResult result = this.check.check(this.t0.plusSeconds(60));

		assertThat(violations(result, Invariant.CONSERVATION)).isEqualTo(1);
		assertThat(examples(result, Invariant.CONSERVATION)).contains("offering " + this.offering + " ")
			.contains("available 7, received 11, sold 3");
		assertThat(result.violations()).isEqualTo(1);
		assertThat(this.last.result().map(BooksResult::violations)).contains(1L);
	}

	private long violations(BooksResult result, Invariant invariant) {
		return result.of(invariant).orElseThrow().violations();
	}

	private String examples(BooksResult result, Invariant invariant) {
		return String.join("\n", result.of(invariant).orElseThrow().examples());
	}

	private long answeredSubOrder(int quantity) {
		long customer = new CustomerFixtures(this.jdbc).customer("Ada").id().value();
		String token = UUID.randomUUID().toString();
		OffsetDateTime at = OffsetDateTime.ofInstant(this.t0.minusSeconds(5), ZoneOffset.UTC);
		this.jdbc.sql(
				"insert into checkout_token (token, customer_id, issued_at, placed_at) values (:token, :customer, :at, :at)")
			.param("token", token)
			.param("customer", customer)
			.param("at", at)
			.update();
		this.jdbc.sql("""
				insert into customer_order (customer_id, checkout_token, status, total_cents, currency, placed_at)
				values (:customer, :token, 'CONFIRMED', :total, 'EUR', :at)""")
			.param("customer", customer)
			.param("token", token)
			.param("total", 12_000L * quantity)
			.param("at", at)
			.update();
		long order = this.jdbc.sql("select id from customer_order where checkout_token = :token")
			.param("token", token)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents)
				values (:order, :code, 'Acme Tools', 'ACCEPTED', :total)""")
			.param("order", order)
			.param("code", this.code)
			.param("total", 12_000L * quantity)
			.update();
		long subOrder = this.jdbc.sql("select id from sub_order where order_id = :order")
			.param("order", order)
			.query(Long.class)
			.single();
		// Answered: its line says accepted, as the manufacturer's acknowledgement does.
		this.jdbc.sql("""
				insert into order_line (order_id, sub_order_id, offering_id, sku, product_name, unit_price_cents,
				                        quantity, accepted)
				select :order, :subOrder, id, sku, product_name, unit_price_cents, :quantity, true
				from offering where id = :offering""")
			.param("order", order)
			.param("subOrder", subOrder)
			.param("quantity", Math.max(1, quantity))
			.param("offering", this.offering)
			.update();
		return subOrder;
	}

	private void acknowledge(long subOrder, Instant at) {
		this.jdbc.sql("""
				insert into sub_order_acknowledgement (message_id, sub_order_id, manufacturer_code, received_at)
				values (:message, :subOrder, :code, :at)""")
			.param("message", "ack-" + UUID.randomUUID())
			.param("subOrder", subOrder)
			.param("code", this.code)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	private void pulled(Instant endedAt, Duration duration) {
		this.jdbc.sql("""
				update manufacturer set healthy = true, last_synced_at = :at, last_pull_duration_ms = :ms
				where id = :id""")
			.param("at", OffsetDateTime.ofInstant(endedAt, ZoneOffset.UTC))
			.param("ms", duration.toMillis())
			.param("id", this.manufacturer)
			.update();
	}

}
