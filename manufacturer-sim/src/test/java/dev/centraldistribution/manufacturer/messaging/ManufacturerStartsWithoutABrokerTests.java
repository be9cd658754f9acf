package dev.centraldistribution.manufacturer.messaging;

import java.time.Duration;
import java.util.UUID;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.PurchaseAcknowledgement.LineOutcome;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.ManufacturerApplication;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.confirmation;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-command run starts the manufacturers after the distributor whose broker they
 * use, but that broker may be late or down: the manufacturer starts anyway, serves its
 * offerings, reports the broker DOWN in its health (not in its liveness or readiness),
 * and consumes once the broker is there. Always on an in-process broker started late, on
 * a port nothing listens on at first, whatever the profile.
 */
class ManufacturerStartsWithoutABrokerTests {

	private final String code = TestCodes.unique();

	private final int brokerPort = TestAmqpBroker.freePort();

	@Test
	void startsAndServesOfferingsWithoutABrokerThenConsumesOnceOneIsThere() {
		TestAmqpBroker broker = null;
		ConfigurableApplicationContext manufacturer = start();
		try {
			int port = manufacturer.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(LocalHttp.get(port, OfferingsSnapshot.PATH).statusCode()).isEqualTo(200);
			var health = LocalHttp.get(port, "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(json(manufacturer, health.body()).at("/components/rabbit/status").asString()).isEqualTo("DOWN");
			assertThat(LocalHttp.get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(LocalHttp.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

			broker = TestAmqpBroker.start(this.brokerPort);

			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(LocalHttp.get(port, "/actuator/health").statusCode()).isEqualTo(200));
			var jdbc = manufacturer.getBean(JdbcClient.class);
			TestCatalogue.resetToInitialStock(jdbc);
			var distributor = new TestDistributor(this.code, manufacturer.getBean(AmqpAdmin.class),
					manufacturer.getBean(RabbitTemplate.class), manufacturer.getBean(JsonMapper.class));
			PurchaseConfirmation confirmation = confirmation(this.code, line(DRILL, 1));
			distributor.send(confirmation);
			assertThat(distributor.awaitAcknowledgement(confirmation.messageId()).lines())
				.containsExactly(new LineOutcome(DRILL.sku(), 1, true, null));
			assertThat(TestCatalogue.available(jdbc, DRILL)).isEqualTo(DRILL.initialStock() - 1);
		}
		finally {
			manufacturer.close();
			if (broker != null) {
				broker.close();
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ManufacturerApplication.class).logStartupInfo(false)
			.run("--manufacturer.messaging.enabled=true", "--manufacturer.code=" + this.code,
					"--manufacturer.messaging.queue-type=classic", "--manufacturer.messaging.recovery-interval=200ms",
					"--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + this.brokerPort,
					"--spring.rabbitmq.username=guest", "--spring.rabbitmq.password=guest",
					"--test.database-name=no-broker-" + UUID.randomUUID());
	}

	private static JsonNode json(ConfigurableApplicationContext context, String body) {
		return context.getBean(JsonMapper.class).readTree(body);
	}

}
