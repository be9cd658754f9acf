package dev.centraldistribution.distributor.stockchanges;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.zaxxer.hikari.HikariDataSource;
import dev.centraldistribution.distributor.DistributorCoreTestApplication;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged.StockLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one broker and one database: this test's context is instance A, and a
 * second application context in the same JVM is instance B. A stock change committed on A
 * reaches B, with the quantity now in the database, within a second.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockChangesReachEveryInstanceTests {

	@Autowired
	StockLedger stock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	RabbitConnectionDetails broker;

	ConfigurableApplicationContext instanceB;

	final Queue<StockLevelsChanged> heardOnB = new ConcurrentLinkedQueue<>();

	@BeforeAll
	void startInstanceB() {
		RabbitConnectionDetails.Address address = this.broker.getFirstAddress();
		this.instanceB = new SpringApplicationBuilder(DistributorCoreTestApplication.class).web(WebApplicationType.NONE)
			.listeners(hear(this.heardOnB))
			// Command-line arguments win over the test configuration files.
			.run("--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"--distributor.embedded-broker.enabled=false", "--spring.rabbitmq.host=" + address.host(),
					"--spring.rabbitmq.port=" + address.port());
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	void aWithdrawalOnOneInstanceReachesTheOtherWithinASecond() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("across", "Across Tools");
		OfferingId warmUp = offerings.offering(manufacturer, offerings.sku("warm-up"), "Warm-up", 100, 5);
		OfferingId drill = offerings.offering(manufacturer, offerings.sku("drill"), "Drill", 100, 5);
		withdraw(warmUp, 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> heard(warmUp) != null);

		withdraw(drill, 2);
		long committed = System.nanoTime();

		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(() -> heard(drill) != null);
		Duration took = Duration.ofNanos(System.nanoTime() - committed);
		assertThat(heard(drill).available()).isEqualTo(3);
		assertThat(took).isLessThan(Duration.ofSeconds(1));
	}

	private void withdraw(OfferingId offering, long quantity) {
		this.transactions
			.executeWithoutResult((status) -> this.stock.withdraw(List.of(new StockWithdrawal(offering, quantity))));
	}

	private StockLevel heard(OfferingId offering) {
		return this.heardOnB.stream()
			.flatMap((changed) -> changed.levels().stream())
			.filter((level) -> level.offering().equals(offering))
			.findFirst()
			.orElse(null);
	}

	private static ApplicationListener<ApplicationEvent> hear(Queue<StockLevelsChanged> heard) {
		return (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof StockLevelsChanged changed) {
				heard.add(changed);
			}
		};
	}

}
