package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every drill shares: the running topology, the books, and putting back whatever a
 * drill broke when it failed half-way, so that the next drill starts on a whole system.
 */
abstract class Drill {

	static final Duration QUIESCENCE = Duration.ofMinutes(2);

	/**
	 * How long a process restarted while buyers keep the machine busy may take to answer:
	 * on a 2-core machine saturated by two distributors, three manufacturers, PostgreSQL,
	 * RabbitMQ and six buyers, a manufacturer's restart once took 130 s from launch to
	 * started, most of it waiting for CPU.
	 */
	static final Duration RESTART_UNDER_LOAD = Duration.ofMinutes(6);

	static Topology topology;

	static Ledgers ledgers;

	@BeforeAll
	static void startTopology() {
		topology = Topology.shared();
		ledgers = new Ledgers(topology.database);
		Awaitility.await("every manufacturer's offerings pulled")
			.atMost(Duration.ofMinutes(1))
			.untilAsserted(() -> assertThat(topology.database.count("""
					select count(distinct manufacturer_id) from distributor.offering where available > 0
					""")).isEqualTo(Topology.MANUFACTURER_CODES.size()));
	}

	/** Buyers this drill started, stopped afterwards whether or not it stopped them. */
	private final List<Buyers> buyersStarted = new ArrayList<>();

	@AfterEach
	void restoreTopology() {
		// A drill that failed half-way never reached its own stop: its buyers would go on
		// buying through the next drill, loading the machine and changing its books.
		this.buyersStarted.forEach(Buyers::stopIfBuying);
		topology.broker.ensureRunning();
		for (AppProcess distributor : topology.distributors()) {
			if (!distributor.isAlive()) {
				distributor.start().awaitHealthy(RESTART_UNDER_LOAD);
			}
			topology.awaitNginxRoutesTo(distributor);
		}
		for (String code : Topology.MANUFACTURER_CODES) {
			AppProcess manufacturer = topology.manufacturer(code);
			if (!manufacturer.isAlive()) {
				manufacturer.start().awaitHealthy(RESTART_UNDER_LOAD);
			}
		}
		topology.shop()
			.filter((shop) -> !shop.isAlive())
			.ifPresent((shop) -> shop.start().awaitHealthy(RESTART_UNDER_LOAD));
	}

	Buyers buyers(int count) {
		Buyers buyers = new Buyers(topology.nginx(), topology.database, count);
		this.buyersStarted.add(buyers);
		return buyers;
	}

	/** The orders the database holds for these customers. */
	static Set<Long> ordersOf(Collection<String> emails) {
		return Set.copyOf(topology.database.query("""
				select o.id from distributor.customer_order o join distributor.customer c on c.id = o.customer_id
				where c.email = any (?)
				""", row -> row.getLong(1), (Object) emails.toArray(String[]::new)));
	}

	long processedConfirmations(String code) {
		return topology.database.count(
				"select count(*) from manufacturer_" + code + ".processed_message where message_type = ?",
				"purchase-confirmation");
	}

}
