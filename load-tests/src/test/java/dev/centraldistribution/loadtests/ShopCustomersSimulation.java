package dev.centraldistribution.loadtests;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The traffic generator: random customers arriving at a steady rate (open model) who sign
 * up or log in, browse and search the dashboard, add and remove cart lines, look at their
 * cart, check out (sometimes running into a shortage) and read their order history.
 *
 * <pre>
 * ./mvnw -pl load-tests gatling:test -DbaseUrl=http://127.0.0.1:8000 -Drate=2 -Dramp=10 -Dduration=60
 * </pre>
 *
 * Settings (system properties): {@code baseUrl} (nginx or one instance), {@code rate}
 * (customers arriving per second), {@code ramp} (seconds from 0 to that rate),
 * {@code duration} (seconds at that rate), {@code search} (comma-separated search words),
 * {@code thinkTime} (seconds a customer pauses between pages, 0 for none).
 */
public class ShopCustomersSimulation extends Simulation {

	private final String baseUrl = Settings.text("baseUrl", "http://127.0.0.1:8000");

	private final double rate = Settings.number("rate", 2);

	private final Duration ramp = Settings.seconds("ramp", 10);

	private final Duration duration = Settings.seconds("duration", 60);

	private final List<String> searchWords = Settings.list("search", "drill,saw,screw,paper,tape,cable,box,lamp");

	private final Duration thinkTime = Duration.ofMillis((long) (Settings.number("thinkTime", 0.5) * 1000));

	private final ScenarioBuilder customers = scenario("random customers").exec(Shop::takeAccount)
		.doIfOrElse((session) -> session.getBoolean("returning"))
		.then(Shop.logIn())
		.orElse(Shop.signUpWithCard())
		.exec(Shop.dashboard("dashboard", ""))
		.pause(this.thinkTime)
		.exec((session) -> session.set("query", searchQuery()))
		.exec(Shop.dashboard("search", "#{query}"))
		.pause(this.thinkTime)
		.repeat((session) -> 1 + ThreadLocalRandom.current().nextInt(3))
		.on(exec(Shop.addRandomOffering(3)).pause(this.thinkTime))
		.randomSwitch()
		.on(percent(40).then(Shop.removeRandomLine()))
		.exec(Shop.viewCart())
		.pause(this.thinkTime)
		.randomSwitch()
		.on(percent(80).then(exec(Shop.checkOut()).pause(this.thinkTime).exec(Shop.orderHistory())));

	{
		setUp(this.customers.injectOpen(rampUsersPerSec(0).to(this.rate).during(this.ramp),
				constantUsersPerSec(this.rate).during(this.duration)))
			.protocols(Shop.protocol(this.baseUrl));
	}

	/** A search word, sometimes a sort order or the second page. */
	private String searchQuery() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String word = this.searchWords.get(random.nextInt(this.searchWords.size()));
		String query = "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
		return switch (random.nextInt(4)) {
			case 0 -> query + "&sort=price";
			case 1 -> "?page=2";
			default -> query;
		};
	}

}
