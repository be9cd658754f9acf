package dev.centraldistribution.distributor.manufacturers;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Meters of manufacturer presence, all with bounded tags:
 * <ul>
 * <li>{@code distributor.presence.rejected} (counter): presence messages refused, by
 * {@code reason} ({@link PresenceRejection})</li>
 * <li>{@code distributor.presence.accepted} (counter): by {@code kind} ({@code hello},
 * {@code heartbeat}, {@code bye})</li>
 * <li>{@code distributor.presence.transitions} (counter): state changes made on this
 * instance, by the state entered ({@code to})</li>
 * </ul>
 */
@Component
class PresenceMetrics {

	static final String REJECTED = "distributor.presence.rejected";

	static final String ACCEPTED = "distributor.presence.accepted";

	static final String TRANSITIONS = "distributor.presence.transitions";

	private final MeterRegistry registry;

	PresenceMetrics(MeterRegistry registry) {
		this.registry = registry;
		// Every reason shows from the start, at zero: an alert can watch any of them.
		for (PresenceRejection reason : PresenceRejection.values()) {
			rejectedCounter(reason);
		}
	}

	void rejected(PresenceRejection reason) {
		rejectedCounter(reason).increment();
	}

	void accepted(String kind) {
		Counter.builder(ACCEPTED)
			.description("Presence messages of manufacturers applied")
			.tag("kind", kind)
			.register(this.registry)
			.increment();
	}

	void transition(ManufacturerState to) {
		Counter.builder(TRANSITIONS)
			.description("Manufacturer state changes made on this instance")
			.tag("to", to.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	private Counter rejectedCounter(PresenceRejection reason) {
		return Counter.builder(REJECTED)
			.description("Presence messages of manufacturers refused")
			.tag("reason", reason.tag())
			.register(this.registry);
	}

}
