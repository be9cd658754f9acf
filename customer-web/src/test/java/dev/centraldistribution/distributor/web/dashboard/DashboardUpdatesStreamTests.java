package dev.centraldistribution.distributor.web.dashboard;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged;
import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged.StockLevel;
import dev.centraldistribution.distributor.web.security.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /dashboard/updates}: who may open it, what it sends, and how many this
 * instance serves. Across instances and over real HTTP:
 * {@code LiveDashboardAcrossInstancesTests}.
 */
@SpringBootTest(properties = { "distributor.live-updates.dashboard.heartbeat=300ms",
		"distributor.live-updates.dashboard.max-subscribers=2" })
@AutoConfigureMockMvc
class DashboardUpdatesStreamTests {

	private static final Duration PATIENCE = Duration.ofSeconds(5);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DashboardSubscribers subscribers;

	@Autowired
	MeterRegistry meters;

	Customer customer;

	@BeforeEach
	void signUp() {
		this.customer = new CustomerFixtures(this.signUp).customer();
	}

	@AfterEach
	void endStreams() {
		this.subscribers.endAllStreams();
	}

	@Test
	void streamsServerSentEventsToASignedInCustomer() {
		MvcTestResult stream = open();

		assertThat(stream).hasStatusOk();
		assertThat(stream.getMvcResult().getRequest().isAsyncStarted()).as("request thread released").isTrue();
		MockHttpServletResponse response = stream.getResponse();
		assertThat(response.getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
		assertThat(response.getHeader("X-Accel-Buffering")).isEqualTo("no");
		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).as("no session created or rewritten").isNull();
		await().atMost(PATIENCE).until(() -> body(stream).contains("retry:1000\n"));
	}

	@Test
	void sendsEachStockChangeAsAStockEvent() {
		MvcTestResult stream = open();

		this.events.publishEvent(new StockLevelsChanged(
				List.of(new StockLevel(new OfferingId(12), 7), new StockLevel(new OfferingId(13), 0))));

		await().atMost(PATIENCE)
			.until(() -> body(stream).contains(
					"event:stock\ndata:[{\"offering\":12,\"available\":7},{\"offering\":13,\"available\":0}]\n\n"));
	}

	@Test
	void sendsHeartbeatsOnAnIdleStream() {
		MvcTestResult stream = open();

		await().atMost(PATIENCE).until(() -> body(stream).split(":heartbeat\n", -1).length > 2);
	}

	@Test
	void refusesStreamsPastTheLimitAndCountsTheOpenOnes() {
		assertThat(open()).hasStatusOk();
		assertThat(open()).hasStatusOk();
		assertThat(this.meters.get(DashboardSubscribers.SUBSCRIBERS_GAUGE).gauge().value()).isEqualTo(2);

		MvcTestResult refused = open();

		assertThat(refused).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "30");
		this.subscribers.endAllStreams();
		assertThat(this.meters.get(DashboardSubscribers.SUBSCRIBERS_GAUGE).gauge().value()).isZero();
		assertThat(open()).hasStatusOk();
	}

	@Test
	void answersUnauthorisedWithoutARedirectOrASessionWhenSignedOut() {
		MvcTestResult anonymous = this.mvc.get()
			.uri("/dashboard/updates")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange();

		assertThat(anonymous).hasStatus(401);
		assertThat(anonymous.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		assertThat(anonymous.getResponse().getHeader(HttpHeaders.SET_COOKIE))
			.as("no session, so nothing saved to return to after sign-in")
			.isNull();
		assertThat(this.subscribers.count()).isZero();
	}

	@Test
	void theDashboardLoadsItsScriptAndMarksItsOfferings() {
		assertThat(this.mvc.get().uri("/dashboard").with(SignedIn.as(this.customer))).hasStatusOk()
			.bodyText()
			.contains("src=\"/js/dashboard-updates.js\"", "data-updates-url=\"/dashboard/updates\"");
		assertThat(this.mvc.get().uri("/js/dashboard-updates.js")).hasStatusOk().bodyText().contains("EventSource");
	}

	private MvcTestResult open() {
		return this.mvc.get()
			.uri("/dashboard/updates")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.with(SignedIn.as(this.customer))
			// Performs the request without waiting for the stream to end.
			.asyncExchange();
	}

	private static String body(MvcTestResult stream) throws Exception {
		return stream.getResponse().getContentAsString();
	}

}
