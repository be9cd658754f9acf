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
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
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
		"distributor.live-updates.dashboard.max-subscribers=4",
		"distributor.live-updates.dashboard.max-subscribers-per-session=2",
		"distributor.live-updates.dashboard.max-subscribers-per-address=3" })
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
		for (int client = 1; client <= 4; client++) {
			assertThat(open(anotherCustomer(), Addresses.unique())).hasStatusOk();
		}
		assertThat(this.meters.get(DashboardSubscribers.SUBSCRIBERS_GAUGE).gauge().value()).isEqualTo(4);

		MvcTestResult refused = open(anotherCustomer(), Addresses.unique());

		assertThat(refused).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "30");
		this.subscribers.endAllStreams();
		assertThat(this.meters.get(DashboardSubscribers.SUBSCRIBERS_GAUGE).gauge().value()).isZero();
		assertThat(open()).hasStatusOk();
	}

	@Test
	void oneSessionHoldsAFewStreamsNotAllOfThem() {
		Browser browser = Browser.signedIn(this.mvc, this.customer);
		assertThat(openIn(browser)).hasStatusOk();
		assertThat(openIn(browser)).hasStatusOk();

		assertThat(openIn(browser)).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "30");

		Browser sameCustomerElsewhere = Browser.signedIn(this.mvc, this.customer);
		assertThat(openIn(sameCustomerElsewhere)).as("another session").hasStatusOk();
		this.subscribers.endAllStreams();
		assertThat(openIn(browser)).as("once its streams ended").hasStatusOk();
	}

	@Test
	void oneClientAddressHoldsAFewStreamsNotAllOfThem() {
		String address = Addresses.unique();
		for (int customer = 1; customer <= 3; customer++) {
			assertThat(open(anotherCustomer(), address)).hasStatusOk();
		}

		assertThat(open(anotherCustomer(), address)).hasStatus(429);
		assertThat(open(anotherCustomer(), Addresses.unique())).hasStatusOk();
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
			.contains("data-updates-url=\"/dashboard/updates\"")
			.containsPattern("src=\"/js/dashboard-updates-[0-9a-f]{32}\\.js\"");
		assertThat(this.mvc.get().uri("/js/dashboard-updates.js")).hasStatusOk().bodyText().contains("EventSource");
	}

	private MvcTestResult open() {
		return open(this.customer, "127.0.0.1");
	}

	private MvcTestResult open(Customer customer, String address) {
		return this.mvc.get()
			.uri("/dashboard/updates")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.with(SignedIn.as(customer))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			// Performs the request without waiting for the stream to end.
			.asyncExchange();
	}

	/** Opens a stream in the browser's session, as the dashboard page would. */
	private MvcTestResult openIn(Browser browser) {
		return browser.getAsync("/dashboard/updates");
	}

	private Customer anotherCustomer() {
		return new CustomerFixtures(this.signUp).customer();
	}

	private static String body(MvcTestResult stream) throws Exception {
		return stream.getResponse().getContentAsString();
	}

}
