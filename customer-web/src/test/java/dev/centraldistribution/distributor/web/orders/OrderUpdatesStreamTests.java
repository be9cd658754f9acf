package dev.centraldistribution.distributor.web.orders;

import java.time.Duration;
import java.util.List;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged.Change;
import dev.centraldistribution.distributor.orders.OrderId;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /orders/updates}: who may open it, that a customer hears of their own orders
 * only, and how many streams one session or one client address holds.
 */
@SpringBootTest(properties = { "distributor.live-updates.orders.heartbeat=300ms",
		"distributor.live-updates.orders.max-subscribers-per-session=2",
		"distributor.live-updates.orders.max-subscribers-per-address=3" })
@AutoConfigureMockMvc
class OrderUpdatesStreamTests {

	private static final Duration PATIENCE = Duration.ofSeconds(5);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OrderSubscribers subscribers;

	Customer ada;

	Customer bob;

	@BeforeEach
	void signUp() {
		this.ada = new CustomerFixtures(this.signUp).customer();
		this.bob = new CustomerFixtures(this.signUp).customer();
	}

	@AfterEach
	void endStreams() {
		this.subscribers.endAllStreams();
	}

	@Test
	void aCustomerHearsOfTheirOwnOrdersAndNeverOfAnothersOrders() throws Exception {
		MvcTestResult adas = open(this.ada);
		MvcTestResult bobs = open(this.bob);
		assertThat(adas).hasStatusOk();
		assertThat(adas.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
		assertThat(adas.getResponse().getHeader("X-Accel-Buffering")).isEqualTo("no");

		this.events.publishEvent(new OrdersChanged(List.of(new Change(new OrderId(9001), this.bob.id()),
				new Change(new OrderId(9002), this.ada.id()), new Change(new OrderId(9003), this.bob.id()))));
		this.events.publishEvent(new OrdersChanged(List.of(new Change(new OrderId(9004), this.ada.id()))));

		await().atMost(PATIENCE)
			.until(() -> body(adas).contains("event:order\ndata:9002\n\n") && body(adas).contains("data:9004\n"));
		await().atMost(PATIENCE).until(() -> body(bobs).contains("data:9001\n") && body(bobs).contains("data:9003\n"));
		assertThat(body(adas)).contains("retry:1000\n").doesNotContain("data:9001", "data:9003");
		assertThat(body(bobs)).doesNotContain("data:9002", "data:9004");
	}

	@Test
	void sendsHeartbeatsOnAnIdleStream() {
		MvcTestResult stream = open(this.ada);

		await().atMost(PATIENCE).until(() -> body(stream).split(":heartbeat\n", -1).length > 2);
	}

	@Test
	void oneSessionHoldsAFewStreamsNotAllOfThem() {
		Browser browser = Browser.signedIn(this.mvc, this.ada);
		assertThat(browser.getAsync("/orders/updates")).hasStatusOk();
		assertThat(browser.getAsync("/orders/updates")).hasStatusOk();

		assertThat(browser.getAsync("/orders/updates")).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "30");

		assertThat(Browser.signedIn(this.mvc, this.ada).getAsync("/orders/updates")).as("another session")
			.hasStatusOk();
		this.subscribers.endAllStreams();
		assertThat(this.subscribers.count()).isZero();
		assertThat(browser.getAsync("/orders/updates")).as("once its streams ended").hasStatusOk();
	}

	@Test
	void oneClientAddressHoldsAFewStreamsNotAllOfThem() {
		String address = Addresses.unique();
		for (int customer = 1; customer <= 3; customer++) {
			assertThat(open(new CustomerFixtures(this.signUp).customer(), address)).hasStatusOk();
		}

		assertThat(open(new CustomerFixtures(this.signUp).customer(), address)).hasStatus(429)
			.hasHeader(HttpHeaders.RETRY_AFTER, "30");
		assertThat(open(new CustomerFixtures(this.signUp).customer(), Addresses.unique())).hasStatusOk();
	}

	@Test
	void answersUnauthorisedWithoutARedirectOrASessionWhenSignedOut() {
		MvcTestResult anonymous = this.mvc.get().uri("/orders/updates").accept(MediaType.TEXT_EVENT_STREAM).exchange();

		assertThat(anonymous).hasStatus(401);
		assertThat(anonymous.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		assertThat(anonymous.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(this.subscribers.count()).isZero();
	}

	@Test
	void theOrderPagesLoadTheScript() {
		assertThat(this.mvc.get().uri("/orders").with(SignedIn.as(this.ada))).hasStatusOk()
			.bodyText()
			.contains("id=\"order-cards\" data-updates-url=\"/orders/updates\"")
			.containsPattern("src=\"/js/order-updates-[0-9a-f]{32}\\.js\"");
		assertThat(this.mvc.get().uri("/js/order-updates.js")).hasStatusOk().bodyText().contains("EventSource");
	}

	private MvcTestResult open(Customer customer) {
		return open(customer, Addresses.unique());
	}

	private MvcTestResult open(Customer customer, String address) {
		return this.mvc.get()
			.uri("/orders/updates")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.with(SignedIn.as(customer))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.asyncExchange();
	}

	private static String body(MvcTestResult stream) throws Exception {
		return stream.getResponse().getContentAsString();
	}

}
