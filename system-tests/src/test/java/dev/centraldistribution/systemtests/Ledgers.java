package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;

/**
 * The distributor's books against each manufacturer's, read from their databases once the
 * system is quiet: every unit sold was applied by its manufacturer, once.
 */
final class Ledgers {

	private final DrillQueries database;

	private final List<String> manufacturerCodes;

	Ledgers(DrillQueries database) {
		this(database, Topology.MANUFACTURER_CODES);
	}

	/** Books of these manufacturers (the ones running: a shop only once started). */
	Ledgers(DrillQueries database, List<String> manufacturerCodes) {
		this.database = database;
		this.manufacturerCodes = List.copyOf(manufacturerCodes);
	}

	/** Every outbox row sent and every sub-order answered by its manufacturer. */
	void awaitQuiescence(Duration timeout) {
		Awaitility.await("outbox empty and every sub-order acknowledged")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				assertThat(pendingOutboxMessages()).as("outbox rows not yet sent").isZero();
				assertThat(this.database.count("select count(*) from distributor.sub_order where status = 'PLACED'"))
					.as("sub-orders not yet acknowledged")
					.isZero();
			});
	}

	long pendingOutboxMessages() {
		return this.database.count("select count(*) from distributor.outbox_message where sent_at is null");
	}

	long orders() {
		return this.database.count("select count(*) from distributor.customer_order");
	}

	/**
	 * sold_total equals the manufacturer's applied_total for every offering; each
	 * manufacturer processed exactly the confirmations of its sub-orders; stock is
	 * conserved; no line was rejected (nothing was oversold) but those of parts the
	 * customer cancelled before their purchase arrived; every part was accepted (whether
	 * or not it has shipped since) or cancelled.
	 */
	void assertBooksAgree() {
		List<String> problems = new ArrayList<>();
		Map<String, Long> applied = new HashMap<>();
		for (String code : this.manufacturerCodes) {
			this.database.query("select sku, applied_total from manufacturer_" + code + ".product",
					row -> applied.put(code + "/" + row.getString(1), row.getLong(2)));
			Set<String> processed = new HashSet<>(this.database.query(
					"select message_id from manufacturer_" + code + ".processed_message where message_type = ?",
					row -> row.getString(1), "purchase-confirmation"));
			Set<String> sent = new HashSet<>(this.database.query(
					"select 'purchase-' || id from distributor.sub_order where manufacturer_code = ?",
					row -> row.getString(1), code));
			if (!processed.equals(sent)) {
				problems.add(code + " processed " + processed.size() + " confirmations, the distributor sent "
						+ sent.size() + "; missing " + difference(sent, processed) + ", unexpected "
						+ difference(processed, sent));
			}
		}
		this.database.query("""
				select m.code, o.sku, o.sold_total, o.available, o.received_total
				from distributor.offering o join distributor.manufacturer m on m.id = o.manufacturer_id
				""", row -> {
			String key = row.getString(1) + "/" + row.getString(2);
			long sold = row.getLong(3);
			long available = row.getLong(4);
			long received = row.getLong(5);
			long appliedTotal = applied.getOrDefault(key, 0L);
			if (sold != appliedTotal) {
				problems.add(key + ": distributor sold " + sold + ", manufacturer applied " + appliedTotal);
			}
			if (available != received - sold) {
				problems.add(key + ": available " + available + " != received " + received + " - sold " + sold);
			}
			return key;
		});
		long rejectedLines = this.database.count("""
				select count(*) from distributor.order_line l join distributor.sub_order s on s.id = l.sub_order_id
				where l.accepted = false and s.status <> 'CANCELLED'""");
		if (rejectedLines > 0) {
			problems.add(rejectedLines + " order lines were rejected by their manufacturer (oversold)");
		}
		long unanswered = this.database.count("""
				select count(*) from distributor.sub_order
				where status not in ('ACCEPTED', 'SHIPPED', 'DELIVERED', 'CANCELLED')""");
		if (unanswered > 0) {
			problems.add(unanswered + " sub-orders were neither accepted (nor shipped since) nor cancelled");
		}
		assertThat(problems).as("books of the distributor and the manufacturers").isEmpty();
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> difference = new HashSet<>(left);
		difference.removeAll(right);
		return (difference.size() > 10) ? Set.of(difference.size() + " ids") : difference;
	}

}
