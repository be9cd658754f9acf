package dev.centraldistribution.manufacturer.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusEndpointTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@LocalServerPort
	int port;

	@Test
	void showsStockAndProductionOfEveryProduct() {
		TestCatalogue.resetToInitialStock(this.jdbc);

		JsonNode status = getJson("/api/status");

		assertThat(status.get("code").asString()).isEqualTo("test");
		assertThat(status.get("name").asString()).isEqualTo("Test Manufacturing");
		JsonNode drill = status.get("products")
			.values()
			.stream()
			.filter((product) -> product.get("sku").asString().equals("TEST-DRILL"))
			.findFirst()
			.orElseThrow();
		assertThat(drill.get("available").asLong()).isEqualTo(10);
		assertThat(drill.get("cap").asLong()).isEqualTo(30);
		assertThat(drill.get("productionRate").asLong()).isEqualTo(3);
		assertThat(drill.get("appliedTotal").asLong()).isZero();
	}

	@Test
	void countsTheConfirmationsApplied() {
		long before = getJson("/api/status").get("confirmationsApplied").asLong();
		String confirmation = processed(PurchaseConfirmation.TYPE);
		String summary = processed(CycleSummary.TYPE);
		try {
			assertThat(getJson("/api/status").get("confirmationsApplied").asLong()).isEqualTo(before + 1);
		}
		finally {
			this.jdbc.sql("delete from processed_message where message_id in (:ids)")
				.param("ids", List.of(confirmation, summary))
				.update();
		}
	}

	@Test
	void isHealthyWithMessagingSwitchedOffAndExposesPrometheusMetrics() {
		assertThat(getJson("/actuator/health").get("status").asString()).isEqualTo("UP");
		var prometheus = LocalHttp.get(this.port, "/actuator/prometheus");
		assertThat(prometheus.statusCode()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
	}

	private String processed(String type) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("insert into processed_message (message_id, message_type, processed_at) values (:id, :type, :at)")
			.param("id", id)
			.param("type", type)
			.param("at", OffsetDateTime.now())
			.update();
		return id;
	}

	private JsonNode getJson(String path) {
		var response = LocalHttp.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.jsonMapper.readTree(response.body());
	}

}
