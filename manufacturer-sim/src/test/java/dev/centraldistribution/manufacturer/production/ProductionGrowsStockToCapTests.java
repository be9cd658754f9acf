package dev.centraldistribution.manufacturer.production;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.TestCatalogue.TestProduct;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The only test context with scheduled production; closed afterwards so that it does not
 * keep producing into the PostgreSQL schema the other tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.production.enabled=true", "manufacturer.production.interval=50ms" })
@DirtiesContext
class ProductionGrowsStockToCapTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void scheduledProductionGrowsEveryProductToItsCapAndNeverBeyond() {
		TestCatalogue.setStock(this.jdbc, 0);
		TestCatalogue.setStock(this.jdbc, TestCatalogue.SCREWS, TestCatalogue.SCREWS.cap() - 120);
		Map<TestProduct, Long> highest = new HashMap<>();

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			TestCatalogue.PRODUCTS
				.forEach((product) -> highest.merge(product, TestCatalogue.available(this.jdbc, product), Math::max));
			return TestCatalogue.PRODUCTS.stream().allMatch((product) -> highest.get(product) == product.cap());
		});
		assertThat(highest).allSatisfy((product, available) -> assertThat(available).isEqualTo(product.cap()));

		await().pollDelay(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(TestCatalogue.PRODUCTS)
				.allSatisfy((product) -> assertThat(TestCatalogue.available(this.jdbc, product))
					.as("%s stays at its cap", product.sku())
					.isEqualTo(product.cap())));
	}

}
