package dev.centraldistribution.loadtests;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The checkout benchmark (scripts/benchmark.sh): {@code clients} logged-in customers,
 * each checking out one line after the other for {@code duration} seconds - add to cart,
 * open the checkout page (its CSRF field and token), confirm. Closed model, like
 * pgbench's clients; with {@code rate} set (checkouts per second over all clients) each
 * client paces itself, which is how the benchmark measures latency below the peak.
 *
 * <p>
 * Settings: {@code baseUrl}, {@code clients}, {@code duration}, {@code offerings}
 * (comma-separated offering ids: one for the hot offering, many for spread checkouts),
 * {@code rate} (0 = as fast as answered).
 */
public class CheckoutBenchmarkSimulation extends Simulation {

	private final String baseUrl = Settings.text("baseUrl", "http://127.0.0.1:8000");

	private final int clients = Settings.integer("clients", 8);

	private final Duration duration = Settings.seconds("duration", 30);

	private final List<String> offerings = Settings.list("offerings", "1");

	private final double rate = Settings.number("rate", 0);

	private final ScenarioBuilder checkouts = scenario("checkouts").exec(Shop.signUpWithCard())
		.exec(Shop.dashboard("dashboard", "?size=1"))
		.during(this.duration)
		.on(pacedIfRated(
				exec((session) -> session.set("offering", randomOffering())).exec(Shop.addToCart("#{offering}", "1"))
					.exec(Shop.checkOut())));

	{
		setUp(this.checkouts.injectOpen(atOnceUsers(this.clients))).protocols(Shop.protocol(this.baseUrl));
	}

	private ChainBuilder pacedIfRated(ChainBuilder checkout) {
		if (this.rate <= 0) {
			return checkout;
		}
		Duration pace = Duration.ofNanos((long) (this.clients / this.rate * 1_000_000_000L));
		return exec(pace(pace)).exec(checkout);
	}

	private String randomOffering() {
		return this.offerings.get(ThreadLocalRandom.current().nextInt(this.offerings.size()));
	}

}
