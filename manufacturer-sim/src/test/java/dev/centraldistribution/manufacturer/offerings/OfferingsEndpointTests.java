package dev.centraldistribution.manufacturer.offerings;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfferingsEndpointTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@LocalServerPort
	int port;

	@BeforeEach
	void startFromTheInitialStock() {
		TestCatalogue.resetToInitialStock(this.jdbc);
	}

	@Test
	void servesTheSnapshotContract() {
		Instant before = Instant.now();
		var response = LocalHttp.get(this.port, OfferingsSnapshot.PATH);
		Instant after = Instant.now();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		var snapshot = this.jsonMapper.readValue(response.body(), OfferingsSnapshot.class);
		assertThat(snapshot.schemaVersion()).isEqualTo(OfferingsSnapshot.SCHEMA_VERSION);
		assertThat(snapshot.manufacturerCode()).isEqualTo("test");
		assertThat(snapshot.manufacturerName()).isEqualTo("Test Manufacturing");
		assertThat(snapshot.location().latitude()).isEqualTo(48.8566);
		assertThat(snapshot.location().longitude()).isEqualTo(2.3522);
		assertThat(snapshot.takenAt()).isBetween(before, after);
		assertThat(testProducts(snapshot)).containsExactly(
				new ProductOffering("TEST-DRILL", "Cordless drill 18V", 8999, "EUR", 10, 0,
						"Two speeds, <b>two</b> batteries.", "power tools"),
				new ProductOffering("TEST-SAW", "Circular saw 1400W", 12900, "EUR", 0, 0, null, "power tools"),
				new ProductOffering("TEST-SCREWS", "Wood screws 4x40 mm, box of 200", 649, "EUR", 100, 0, null,
						"fasteners"));
	}

	@Test
	void reportsTheAppliedTotalWithTheStockItWasAppliedTo() {
		this.jdbc.sql("update product set available = 6, applied_total = 4 where sku = 'TEST-DRILL'").update();

		var snapshot = this.jsonMapper.readValue(LocalHttp.get(this.port, OfferingsSnapshot.PATH).body(),
				OfferingsSnapshot.class);

		assertThat(testProducts(snapshot)).first().isEqualTo(drill(6, 4));
	}

	@Test
	void writesAppliedTotalAsANumberAndTimestampsAsIsoStrings() {
		JsonNode json = this.jsonMapper.readTree(LocalHttp.get(this.port, OfferingsSnapshot.PATH).body());

		assertThat(json.get("takenAt").isString()).isTrue();
		assertThat(Instant.parse(json.get("takenAt").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(json.get("products").values()).isNotEmpty().allSatisfy((product) -> {
			assertThat(product.get("appliedTotal").isIntegralNumber()).isTrue();
			assertThat(product.get("available").isIntegralNumber()).isTrue();
			assertThat(product.get("unitPriceCents").isIntegralNumber()).isTrue();
		});
	}

	@Test
	void injectsNoFaultByDefault(@Autowired ApplicationContext context) {
		assertThat(context.getBean("offeringsFaultFilter", FilterRegistrationBean.class).isEnabled()).isFalse();
	}

	private static ProductOffering drill(long available, long applied) {
		return new ProductOffering("TEST-DRILL", "Cordless drill 18V", 8999, "EUR", available, applied,
				"Two speeds, <b>two</b> batteries.", "power tools");
	}

	private static List<ProductOffering> testProducts(OfferingsSnapshot snapshot) {
		return snapshot.products().stream().filter((offering) -> offering.sku().startsWith("TEST-")).toList();
	}

	@Test
	void anUnchangedSnapshotIsAnsweredNotModifiedAndAChangedOneInFull() throws Exception {
		var first = LocalHttp.get(this.port, OfferingsSnapshot.PATH);
		String tag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(tag).matches("\"[0-9a-f]{32}\"");

		var again = LocalHttp.get(this.port, OfferingsSnapshot.PATH, "If-None-Match", tag);
		assertThat(again.statusCode()).as("nothing changed, only the time").isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(tag);
		assertThat(LocalHttp.get(this.port, OfferingsSnapshot.PATH, "If-None-Match", "\"other\", " + tag).statusCode())
			.as("one of several tags")
			.isEqualTo(304);

		this.jdbc
			.sql("update product set available = available - 1, applied_total = applied_total + 1 "
					+ "where sku = 'TEST-DRILL'")
			.update();
		var changed = LocalHttp.get(this.port, OfferingsSnapshot.PATH, "If-None-Match", tag);
		assertThat(changed.statusCode()).as("a purchase applied").isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
		assertThat(testProducts(this.jsonMapper.readValue(changed.body(), OfferingsSnapshot.class))).first()
			.isEqualTo(drill(9, 1));
	}

	@Test
	void aStaleOrNonsenseTagGetsTheWholeSnapshot() {
		for (String ifNoneMatch : new String[] { "\"0123\"", "nonsense", "", "W/" }) {
			var response = LocalHttp.get(this.port, OfferingsSnapshot.PATH, "If-None-Match", ifNoneMatch);
			assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(200);
			assertThat(response.body()).contains("TEST-DRILL");
		}
	}

}
