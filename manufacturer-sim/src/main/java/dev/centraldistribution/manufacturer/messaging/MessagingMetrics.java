package dev.centraldistribution.manufacturer.messaging;

import dev.centraldistribution.manufacturer.purchases.AppliedConfirmation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of what the consumer did: {@code manufacturer.confirmations.applied},
 * {@code manufacturer.confirmation.lines} by {@code outcome} (accepted, rejected) and
 * {@code manufacturer.messages.dead.lettered} by {@code cause} (unreadable, failing).
 */
class MessagingMetrics {

	private final Counter confirmationsApplied;

	private final Counter linesAccepted;

	private final Counter linesRejected;

	private final Counter deadLetteredUnreadable;

	private final Counter deadLetteredFailing;

	MessagingMetrics(MeterRegistry registry) {
		this.confirmationsApplied = Counter.builder("manufacturer.confirmations.applied")
			.description("Purchase confirmations applied (redeliveries not counted)")
			.register(registry);
		this.linesAccepted = lines(registry, "accepted");
		this.linesRejected = lines(registry, "rejected");
		this.deadLetteredUnreadable = deadLettered(registry, "unreadable");
		this.deadLetteredFailing = deadLettered(registry, "failing");
	}

	void applied(AppliedConfirmation applied) {
		this.confirmationsApplied.increment();
		this.linesAccepted.increment(applied.acceptedLines());
		this.linesRejected.increment(applied.rejectedLines());
	}

	void deadLettered(boolean unreadable) {
		(unreadable ? this.deadLetteredUnreadable : this.deadLetteredFailing).increment();
	}

	private static Counter lines(MeterRegistry registry, String outcome) {
		return Counter.builder("manufacturer.confirmation.lines")
			.description("Lines of applied purchase confirmations")
			.tag("outcome", outcome)
			.register(registry);
	}

	private static Counter deadLettered(MeterRegistry registry, String cause) {
		return Counter.builder("manufacturer.messages.dead.lettered")
			.description("Messages moved to the dead-letter queue")
			.tag("cause", cause)
			.register(registry);
	}

}
