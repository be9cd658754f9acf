package dev.centraldistribution.distributor.web.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import dev.centraldistribution.distributor.DistributorApplication;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances over real HTTP, one broker, one database: this test's context is
 * instance A, a second application in the same JVM is instance B. A customer signed in on
 * B watches B's stream while a sale happens on A.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveDashboardAcrossInstancesTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	SalesElsewhere elsewhere;

	@Autowired
	StockLedger stock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	RabbitConnectionDetails broker;

	ConfigurableApplicationContext instanceB;

	URI baseB;

	HttpClient browser;

	@BeforeAll
	void startInstanceB() throws Exception {
		RabbitConnectionDetails.Address address = this.broker.getFirstAddress();
		// Command-line arguments win over the test configuration files.
		this.instanceB = new SpringApplicationBuilder(DistributorApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
				"--distributor.embedded-broker.enabled=false", "--spring.rabbitmq.host=" + address.host(),
				"--spring.rabbitmq.port=" + address.port());
		this.baseB = URI.create("http://127.0.0.1:" + this.instanceB.getEnvironment().getProperty("local.server.port"));
		this.browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signInOnB(new CustomerFixtures(this.signUp).customer());
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	@Order(1)
	void aSaleOnOneInstanceReachesADashboardStreamOnTheOtherWithinASecond() throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("across", "Across Tools");
		OfferingId warmUp = offerings.offering(manufacturer, offerings.sku("warm-up"), "Warm-up", 100, 5);
		OfferingId drill = offerings.offering(manufacturer, offerings.sku("drill"), "Drill", 100, 5);
		EventStream stream = openStreamOnB();
		assertThat(stream.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		this.elsewhere.sell(warmUp, 1);
		assertThat(stream.dataNaming(warmUp, Duration.ofSeconds(30))).contains("\"available\":4");
		long sessionWrites = sessionLastAccess();

		this.elsewhere.sell(drill, 5);
		long sold = System.nanoTime();
		String data = stream.dataNaming(drill, Duration.ofSeconds(1));

		assertThat(Duration.ofNanos(System.nanoTime() - sold)).isLessThan(Duration.ofSeconds(1));
		assertThat(data).contains("{\"offering\":" + drill.value() + ",\"available\":0}");
		assertThat(sessionLastAccess()).as("events do not write the session").isEqualTo(sessionWrites);
	}

	@Test
	@Order(2)
	void anInstanceShuttingDownEndsItsStreamsAtOnceSoBrowsersReconnectElsewhere() throws Exception {
		EventStream stream = openStreamOnB();
		long closing = System.nanoTime();

		this.instanceB.close();

		assertThat(stream.ended(Duration.ofSeconds(20))).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - closing)).as("no wait for graceful shutdown's grace period")
			.isLessThan(Duration.ofSeconds(20));
	}

	private long sessionLastAccess() {
		return this.jdbc
			.sql("select coalesce(sum(last_access_time), 0) from spring_session where principal_name like :p")
			.param("p", "customer-%")
			.query(Long.class)
			.single();
	}

	private void signInOnB(Customer customer) throws IOException, InterruptedException {
		String page = this.browser
			.send(HttpRequest.newBuilder(this.baseB.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF_FIELD.matcher(page);
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		String form = "username=" + encode(customer.email()) + "&password=" + encode(CustomerFixtures.PASSWORD)
				+ "&_csrf=" + encode(csrf.group(1));
		HttpResponse<Void> signedIn = this.browser.send(HttpRequest.newBuilder(this.baseB.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/dashboard"));
	}

	private EventStream openStreamOnB() throws IOException, InterruptedException {
		HttpResponse<Stream<String>> response = this.browser
			.send(HttpRequest.newBuilder(this.baseB.resolve("/dashboard/updates"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		return new EventStream(response);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The lines of one open stream, read on a thread of its own. */
	private static final class EventStream {

		private static final String END = "\u0000end";

		private final HttpResponse<Stream<String>> response;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		EventStream(HttpResponse<Stream<String>> response) {
			this.response = response;
			Thread reader = new Thread(() -> {
				try {
					response.body().forEach(this.lines::add);
				}
				catch (RuntimeException ex) {
					// The connection broke: as much an end as a clean one.
				}
				this.lines.add(END);
			}, "event-stream-reader");
			reader.setDaemon(true);
			reader.start();
		}

		java.net.http.HttpHeaders headers() {
			return this.response.headers();
		}

		/** The data of the first stock event naming the offering. */
		String dataNaming(OfferingId offering, Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			String needle = "{\"offering\":" + offering.value() + ",";
			while (true) {
				String line = this.lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null || END.equals(line)) {
					throw new AssertionError("No event named offering " + offering + " within " + patience);
				}
				if (line.startsWith("data:") && line.contains(needle)) {
					return line;
				}
			}
		}

		boolean ended(Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			while (true) {
				String line = this.lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null) {
					return false;
				}
				if (END.equals(line)) {
					return true;
				}
			}
		}

	}

}
