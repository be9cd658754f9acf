package dev.centraldistribution.distributor.web.checkout;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.cart.Shoppers;
import dev.centraldistribution.distributor.web.cart.Shoppers.Shopper;
import dev.centraldistribution.logging.LogFields;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The line that says an order was placed carries the checkout request's id and the
 * order's number as fields (README "Logs"): from nginx's access log to the order, and
 * from the order to its messages.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class APlacedOrderIsLoggedWithItsRequestIdTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	AddToCart addToCart;

	@Test
	void theOrderLineCarriesTheRequestIdAndTheOrderNumber() throws UnsupportedEncodingException {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 5);
		Shopper ada = new Shoppers(this.jdbc, this.payments).withCard("Ada");
		this.addToCart.add(ada.id(), drill, 1);
		MvcTestResult summary = this.mvc.get().uri("/checkout").with(ada.signedIn()).exchange();
		Matcher token = CheckoutPagesTests.TOKEN.matcher(summary.getResponse().getContentAsString());
		assertThat(token.find()).as("a checkout token in the page").isTrue();

		List<Map<String, String>> fields = logged(() -> {
			MvcTestResult placed = this.mvc.post()
				.uri("/checkout")
				.with(ada.signedIn())
				.with(csrf())
				.header("X-Request-Id", "checkout-request-1")
				.param("token", token.group(1))
				.param("mode", "all")
				.exchange();
			assertThat(placed).hasStatus3xxRedirection();
			Matcher order = CheckoutPagesTests.ORDER.matcher(placed.getResponse().getRedirectedUrl());
			assertThat(order.matches()).isTrue();
			return order.group(1);
		});

		assertThat(fields).singleElement()
			.satisfies((line) -> assertThat(line).containsEntry(LogFields.REQUEST_ID, "checkout-request-1")
				.containsKey(LogFields.ORDER_NUMBER));
	}

	/**
	 * The fields of every line PlaceOrder logged while the action ran; also checks that
	 * the order number logged is the one the action returned.
	 */
	private static List<Map<String, String>> logged(Supplier<String> action) {
		Logger logger = (Logger) LoggerFactory.getLogger(PlaceOrder.class);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		try {
			String order = action.get();
			List<ILoggingEvent> placed = lines.list.stream()
				.filter((line) -> line.getFormattedMessage().equals("Order " + order + " placed"))
				.toList();
			assertThat(placed).as("the line of order %s", order).isNotEmpty();
			assertThat(placed.get(0).getMDCPropertyMap()).containsEntry(LogFields.ORDER_NUMBER, order);
			return placed.stream().map(ILoggingEvent::getMDCPropertyMap).toList();
		}
		finally {
			logger.detachAppender(lines);
		}
	}

}
