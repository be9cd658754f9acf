package dev.centraldistribution.manufacturer.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each fault does what {@link FaultProperties} and {@link BadData} promise, around a
 * stand-in for the offerings endpoint that serves a fixed snapshot.
 */
class OfferingsFaultFilterTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final OfferingsSnapshot snapshot = new OfferingsSnapshot(OfferingsSnapshot.SCHEMA_VERSION, "test",
			"Test Manufacturing", new GeoLocation(48.8566, 2.3522), Instant.parse("2026-11-22T10:15:30Z"),
			List.of(new ProductOffering("TEST-DRILL", "Cordless drill 18V", 8999, "EUR", 10, 2),
					new ProductOffering("TEST-SAW", "Circular saw 1400W", 12900, "EUR", 0, 0)));

	private final AtomicInteger served = new AtomicInteger();

	private int endpointStatus = 200;

	@Test
	void injectsNothingByDefault() throws Exception {
		FaultProperties defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("manufacturer.faults",
				FaultProperties.class);

		assertThat(defaults.injectsAnyFault()).isFalse();
		var response = serve(defaults);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(this.jsonMapper.writeValueAsBytes(this.snapshot));
	}

	@Test
	void delaysTheResponseByTheLatency() throws Exception {
		long start = System.nanoTime();
		var response = serve(faults(Duration.ofMillis(200), 0.0, BadData.NONE));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void answersServerErrorsWithoutReachingTheEndpointAtAnErrorShareOfOne() throws Exception {
		var response = serve(faults(Duration.ZERO, 1.0, BadData.NONE));

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(this.served).hasValue(0);
	}

	@Test
	void answersServerErrorsForAboutTheConfiguredShareOfRequests() throws Exception {
		var faults = faults(Duration.ZERO, 0.3, BadData.NONE);
		var random = new Random(7);
		int errors = 0;
		for (int i = 0; i < 1000; i++) {
			errors += (serve(faults, random::nextDouble).getStatus() == 500) ? 1 : 0;
		}

		assertThat(errors).isBetween(230, 370);
	}

	@Test
	void brokenJsonCannotBeParsed() throws Exception {
		var body = serve(faults(BadData.BROKEN_JSON)).getContentAsByteArray();

		assertThat(body).isNotEmpty();
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.jsonMapper.readTree(body));
	}

	@Test
	void negativeQuantitiesAreBelowZeroForEveryProduct() throws Exception {
		assertThat(spoiled(BadData.NEGATIVE_QUANTITIES).products()).extracting(ProductOffering::available)
			.containsExactly(-11L, -1L);
	}

	@Test
	void absurdValuesAreTheLargestLongForQuantitiesAndPrices() throws Exception {
		assertThat(spoiled(BadData.ABSURD_VALUES).products()).allSatisfy((offering) -> {
			assertThat(offering.available()).isEqualTo(Long.MAX_VALUE);
			assertThat(offering.unitPriceCents()).isEqualTo(Long.MAX_VALUE);
		});
	}

	@Test
	void htmlNamesCarryScriptsInEveryName() throws Exception {
		var spoiled = spoiled(BadData.HTML_NAMES);

		assertThat(spoiled.manufacturerName()).contains("<script>", "Test Manufacturing", "onerror=");
		assertThat(spoiled.products()).allSatisfy((offering) -> assertThat(offering.name()).contains("<script>"));
		assertThat(spoiled.products()).extracting(ProductOffering::available).containsExactly(10L, 0L);
	}

	@Test
	void missingFieldsLeaveOutCodesTimestampAndQuantities() throws Exception {
		JsonNode json = this.jsonMapper.readTree(serve(faults(BadData.MISSING_FIELDS)).getContentAsByteArray());

		assertThat(json.has("manufacturerCode")).isFalse();
		assertThat(json.has("takenAt")).isFalse();
		assertThat(json.has("manufacturerName")).isTrue();
		assertThat(json.get("products").values()).hasSize(2).allSatisfy((product) -> {
			assertThat(product.has("sku")).isFalse();
			assertThat(product.has("available")).isFalse();
			assertThat(product.has("name")).isTrue();
		});
	}

	@Test
	void hugePayloadIsValidJsonOfAtLeastTheConfiguredSize() throws Exception {
		var faults = new FaultProperties(Duration.ZERO, 0.0, BadData.HUGE_PAYLOAD, 1.0, DataSize.ofMegabytes(1));
		var response = serve(faults);

		assertThat(response.getContentAsByteArray().length).isGreaterThanOrEqualTo(1024 * 1024);
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		var huge = this.jsonMapper.readValue(response.getContentAsByteArray(), OfferingsSnapshot.class);
		assertThat(huge.products()).hasSizeGreaterThan(5000).startsWith(this.snapshot.products().get(0));
	}

	@Test
	void spoilsOnlyTheConfiguredShareOfResponses() throws Exception {
		var never = new FaultProperties(Duration.ZERO, 0.0, BadData.NEGATIVE_QUANTITIES, 0.0, DataSize.ofMegabytes(8));

		assertThat(serve(never).getContentAsByteArray()).isEqualTo(this.jsonMapper.writeValueAsBytes(this.snapshot));
	}

	@Test
	void leavesErrorResponsesOfTheEndpointAlone() throws Exception {
		this.endpointStatus = 503;

		var response = serve(faults(BadData.BROKEN_JSON));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsByteArray()).isEqualTo(this.jsonMapper.writeValueAsBytes(this.snapshot));
	}

	private OfferingsSnapshot spoiled(BadData badData) throws Exception {
		var response = serve(faults(badData));
		assertThat(response.getStatus()).isEqualTo(200);
		return this.jsonMapper.readValue(response.getContentAsByteArray(), OfferingsSnapshot.class);
	}

	private static FaultProperties faults(BadData badData) {
		return faults(Duration.ZERO, 0.0, badData);
	}

	private static FaultProperties faults(Duration latency, double errorShare, BadData badData) {
		return new FaultProperties(latency, errorShare, badData, 1.0, DataSize.ofMegabytes(8));
	}

	private MockHttpServletResponse serve(FaultProperties faults) throws Exception {
		return serve(faults, () -> 0.5);
	}

	private MockHttpServletResponse serve(FaultProperties faults, DoubleSupplier random) throws Exception {
		var filter = new OfferingsFaultFilter(faults, new BadDataWriter(this.jsonMapper, faults.hugePayloadSize()),
				random);
		var response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", OfferingsSnapshot.PATH), response,
				new MockFilterChain(new SnapshotEndpoint()));
		return response;
	}

	/**
	 * Serves the fixed snapshot as the real endpoint would.
	 */
	private final class SnapshotEndpoint extends HttpServlet {

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			OfferingsFaultFilterTests.this.served.incrementAndGet();
			response.setStatus(OfferingsFaultFilterTests.this.endpointStatus);
			response.setContentType("application/json");
			response.getOutputStream()
				.write(OfferingsFaultFilterTests.this.jsonMapper
					.writeValueAsBytes(OfferingsFaultFilterTests.this.snapshot));
		}

	}

}
