package dev.centraldistribution.manufacturer.faults;

import java.time.Duration;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.manufacturer.LocalHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults configured by settings reach the offerings endpoint, and only it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "manufacturer.faults.latency=300ms", "manufacturer.faults.bad-data=negative-quantities" })
class FaultInjectionEndpointTests {

	@Autowired
	JsonMapper jsonMapper;

	@LocalServerPort
	int port;

	@Test
	void theOfferingsEndpointIsSlowAndServesNegativeQuantities() {
		long start = System.nanoTime();
		var response = LocalHttp.get(this.port, OfferingsSnapshot.PATH);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.jsonMapper.readValue(response.body(), OfferingsSnapshot.class).products()).isNotEmpty()
			.extracting(ProductOffering::available)
			.allSatisfy((available) -> assertThat(available).isNegative());
	}

	@Test
	void theStatusEndpointIsLeftAlone() {
		var response = LocalHttp.get(this.port, "/api/status");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.jsonMapper.readTree(response.body()).get("products").values())
			.allSatisfy((product) -> assertThat(product.get("available").asLong()).isNotNegative());
	}

}
