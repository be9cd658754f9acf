package dev.centraldistribution.distributor.cycles;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.Concurrently;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.cycles.SalesCycleCheck.Outcome;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.SalesReport;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SalesCycleCheckTests {

	static final Duration LENGTH = Duration.ofMinutes(10);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SalesCycles cycles;

	@Autowired
	Outbox outbox;

	@Autowired
	ManufacturerDirectory manufacturers;

	@Autowired
	OfferingCatalog catalog;

	@Autowired
	SalesReport sales;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationContext context;

	final AtomicInteger pulls = new AtomicInteger();

	SalesCycleCheck check;

	OfferingFixtures offerings;

	String acme;

	String globex;

	OfferingId drill;

	OfferingId saw;

	OfferingId glue;

	Instant t0;

	@BeforeEach
	void freshCycles() {
		// Other tests of a shared database may have left cycles and their summaries.
		this.jdbc.sql("delete from sales_cycle").update();
		this.jdbc.sql("delete from outbox_message where message_id like 'cycle-%'").update();
		this.check = new SalesCycleCheck(this.jdbc, new TransactionTemplate(this.transactionManager), this.cycles,
				this.outbox, this.manufacturers, this.catalog, this.sales, this.pulls::incrementAndGet, LENGTH);
		this.offerings = new OfferingFixtures(this.jdbc);
		long acmeId = this.offerings.manufacturer("acme", "Acme Tools");
		long globexId = this.offerings.manufacturer("globex", "Globex");
		this.acme = code(acmeId);
		this.globex = code(globexId);
		this.drill = this.offerings.offering(acmeId, this.offerings.sku("drill"), "Drill", 12_000, 50);
		this.saw = this.offerings.offering(acmeId, this.offerings.sku("saw"), "Saw", 2_500, 50);
		this.glue = this.offerings.offering(globexId, this.offerings.sku("glue"), "Glue", 350, 50);
		this.t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	@Test
	void opensTheFirstCycleWithAFullPull() {
		assertThat(this.cycles.current()).isEmpty();

		assertThat(this.check.check(this.t0)).isEqualTo(Outcome.OPENED);

		assertThat(this.pulls).hasValue(1);
		assertThat(this.cycles.current()).contains(new SalesCycle(1, this.t0, this.t0.plus(LENGTH)));
		assertThat(this.meters.get(CycleScheduling.CURRENT_GAUGE).gauge().value()).isEqualTo(1.0);
	}

	@Test
	void closesWhenTimeIsUpAndSendsEveryManufacturerItsSalesOfTheCycle() {
		this.check.check(this.t0);
		long customer = new CustomerFixtures(this.jdbc).customer("Ada").id().value();
		order(customer, this.t0.minusSeconds(1), this.acme, this.drill, "drill", 12_000, 7);
		order(customer, this.t0, this.acme, this.drill, "drill", 12_000, 2);
		order(customer, this.t0.plusSeconds(5), this.acme, this.drill, "drill", 12_000, 1);
		order(customer, this.t0.plusSeconds(6), this.acme, this.saw, "saw", 2_500, 4);
		order(customer, this.t0.plus(LENGTH), this.acme, this.saw, "saw", 2_500, 9);

		assertThat(this.check.check(this.t0.plus(LENGTH).minusMillis(1))).isEqualTo(Outcome.NOTHING);
		assertThat(this.cycles.current()).map(SalesCycle::number).contains(1L);

		Instant closedAt = this.t0.plus(LENGTH);
		assertThat(this.check.check(closedAt)).isEqualTo(Outcome.CLOSED_AND_OPENED);

		assertThat(this.pulls).hasValue(2);
		assertThat(this.cycles.current()).contains(new SalesCycle(2, closedAt, closedAt.plus(LENGTH)));
		assertThat(closeReason(1)).isEqualTo("TIME_UP");
		CycleSummary acmeSummary = summary(1, this.acme);
		assertThat(acmeSummary.manufacturerCode()).isEqualTo(this.acme);
		assertThat(acmeSummary.cycleNumber()).isEqualTo(1);
		assertThat(acmeSummary.openedAt()).isEqualTo(this.t0);
		assertThat(acmeSummary.closedAt()).isEqualTo(closedAt);
		assertThat(acmeSummary.products()).containsExactlyInAnyOrder(
				new CycleSummary.ProductSales(this.offerings.sku("drill"), 3, 36_000),
				new CycleSummary.ProductSales(this.offerings.sku("saw"), 4, 10_000));
		assertThat(summary(1, this.globex).products()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from outbox_message where message_id like 'cycle-1-%'")
			.query(Long.class)
			.single()).isEqualTo(this.manufacturers.all().size());
	}

	@Test
	void closesEarlyWhenEverythingIsSoldOut() {
		this.check.check(this.t0);
		assertThat(this.check.check(this.t0.plusSeconds(1))).isEqualTo(Outcome.NOTHING);
		// Sell out every offering of the shared database, and put them back afterwards.
		List<Map<String, Object>> onSale = this.jdbc.sql("select id, available from offering where available > 0")
			.query()
			.listOfRows();
		this.jdbc.sql("update offering set available = 0").update();
		try {
			assertThat(this.check.check(this.t0.plusSeconds(2))).isEqualTo(Outcome.CLOSED_AND_OPENED);
		}
		finally {
			for (Map<String, Object> row : onSale) {
				this.jdbc.sql("update offering set available = :available where id = :id")
					.param("available", row.get("available"))
					.param("id", row.get("id"))
					.update();
			}
		}
		assertThat(closeReason(1)).isEqualTo("SOLD_OUT");
		assertThat(this.cycles.current()).map(SalesCycle::number).contains(2L);
		assertThat(summary(1, this.acme).products()).isEmpty();
	}

	@Test
	void concurrentChecksOpenAndCloseOnce() throws InterruptedException {
		List<Concurrently.Outcome<Outcome>> opened = Concurrently.run(2, () -> this.check.check(this.t0));
		assertThat(opened).noneMatch(Concurrently.Outcome::failed);
		assertThat(opened).extracting(Concurrently.Outcome::value)
			.containsExactlyInAnyOrder(Outcome.OPENED, Outcome.NOTHING);

		List<Concurrently.Outcome<Outcome>> closed = Concurrently.run(2, () -> this.check.check(this.t0.plus(LENGTH)));
		assertThat(closed).noneMatch(Concurrently.Outcome::failed);
		assertThat(closed).extracting(Concurrently.Outcome::value)
			.containsExactlyInAnyOrder(Outcome.CLOSED_AND_OPENED, Outcome.NOTHING);
		assertThat(this.jdbc.sql("select count(*) from sales_cycle").query(Long.class).single()).isEqualTo(2);
		assertThat(this.cycles.current()).map(SalesCycle::number).contains(2L);
	}

	@Test
	void theCheckIsConfiguredButNotScheduledWhenDisabled() {
		assertThat(this.context.getBeansOfType(SalesCycleCheck.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(ClusterSchedule.class).values()).extracting((s) -> s.job().lockName())
			.doesNotContain(CycleScheduling.LOCK_NAME);
	}

	private String code(long manufacturerId) {
		return this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturerId)
			.query(String.class)
			.single();
	}

	private String closeReason(long number) {
		return this.jdbc.sql("select close_reason from sales_cycle where number = :number")
			.param("number", number)
			.query(String.class)
			.single();
	}

	private CycleSummary summary(long cycle, String manufacturer) {
		String messageId = "cycle-" + cycle + "-" + manufacturer;
		Map<String, Object> row = this.jdbc
			.sql("select exchange, routing_key, message_type, payload from outbox_message where message_id = :id")
			.param("id", messageId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("exchange", MessagingTopology.PURCHASES_EXCHANGE)
			.containsEntry("routing_key", manufacturer)
			.containsEntry("message_type", CycleSummary.TYPE);
		CycleSummary summary = this.json.readValue(row.get("payload").toString(), CycleSummary.class);
		assertThat(summary.messageId()).isEqualTo(messageId);
		return summary;
	}

	private void order(long customer, Instant placedAt, String manufacturer, OfferingId offering, String sku,
			long price, int quantity) {
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
				values (:customer, :token, 'PLACED', :total, 'EUR', :at)""")
			.param("customer", customer)
			.param("token", token)
			.param("total", price * quantity)
			.param("at", at)
			.update();
		long orderId = this.jdbc.sql("select id from customer_order where checkout_token = :token")
			.param("token", token)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents)
				values (:order, :code, 'Name', 'PLACED', :total)""")
			.param("order", orderId)
			.param("code", manufacturer)
			.param("total", price * quantity)
			.update();
		long subOrderId = this.jdbc.sql("select id from sub_order where order_id = :order")
			.param("order", orderId)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into order_line (order_id, sub_order_id, offering_id, sku, product_name, unit_price_cents,
				                        quantity)
				values (:order, :subOrder, :offering, :sku, 'Product', :price, :quantity)""")
			.param("order", orderId)
			.param("subOrder", subOrderId)
			.param("offering", offering.value())
			.param("sku", this.offerings.sku(sku))
			.param("price", price)
			.param("quantity", quantity)
			.update();
	}

}
