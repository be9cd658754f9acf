package dev.centraldistribution.manufacturer.messaging;

import java.net.http.HttpResponse;
import java.util.List;

import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.conventions.DocumentedMetrics;
import dev.centraldistribution.conventions.DocumentedMetrics.Series;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.confirmation;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every simulator series of the README's metrics table is on the simulator's
 * {@code /actuator/prometheus} once it served its offerings and applied a purchase. Here
 * in {@code messaging} for the test broker it needs ({@link MessagingTestConfiguration}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "manufacturer.messaging.enabled=true")
@Import(MessagingTestConfiguration.class)
@DirtiesContext
class EveryDocumentedSimulatorMetricIsScrapedTests {

	static final String CODE = TestCodes.unique();

	@DynamicPropertySource
	static void manufacturerCode(DynamicPropertyRegistry registry) {
		registry.add("manufacturer.code", () -> CODE);
	}

	@Autowired
	TestDistributor distributor;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void afterAPullAndAPurchaseEveryDocumentedSimulatorSeriesIsScraped() {
		TestCatalogue.resetToInitialStock(this.jdbc);
		assertThat(LocalHttp.get(this.port, "/api/offerings").statusCode()).isEqualTo(200);
		PurchaseConfirmation purchase = confirmation(CODE, line(DRILL, 1));
		this.distributor.send(purchase);
		this.distributor.awaitAcknowledgement(purchase.messageId());

		HttpResponse<String> page = LocalHttp.get(this.port, "/actuator/prometheus");
		assertThat(page.statusCode()).isEqualTo(200);

		List<Series> documented = DocumentedMetrics.read()
			.stream()
			.filter((series) -> series.application().equals("simulator"))
			.toList();
		assertThat(documented).as("simulator rows of the README's metrics table").isNotEmpty();
		assertThat(documented.stream().filter((series) -> !series.isIn(page.body())).map(Series::name))
			.as("documented in the README, not on the simulator's /actuator/prometheus")
			.isEmpty();
	}

}
