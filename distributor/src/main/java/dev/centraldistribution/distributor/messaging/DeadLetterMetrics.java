package dev.centraldistribution.distributor.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerStateChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code distributor.messaging.dead.letters{queue}}: messages waiting in a
 * dead-letter queue, the presence messages nobody could read and each manufacturer's
 * purchases it could not read (its {@code manufacturer.<code>.purchases.dlq}). The tag is
 * bounded by the manufacturers: a series for every one registered when the instance
 * started, and for every one whose state changes on this instance afterwards (a
 * manufacturer that joins is seen by the instance that handled its hello, and by the
 * others at the state changes the periodic check makes on them, or at their next start;
 * {@code max by (queue)} across instances shows every queue). Read from the broker at
 * each scrape (a passive declaration per queue); NaN while the broker cannot say.
 */
@Component
class DeadLetterMetrics {

	static final String DEAD_LETTERS = "distributor.messaging.dead.letters";

	private final MeterRegistry registry;

	private final AmqpAdmin admin;

	private final Map<String, Boolean> watched = new ConcurrentHashMap<>();

	DeadLetterMetrics(MeterRegistry registry, AmqpAdmin admin, ManufacturerDirectory manufacturers) {
		this.registry = registry;
		this.admin = admin;
		watch(MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE);
		manufacturers.all().stream().map(Manufacturer::code).forEach(this::watchManufacturer);
	}

	@EventListener
	void on(ManufacturerStateChanged change) {
		watchManufacturer(change.code());
	}

	private void watchManufacturer(String code) {
		if (MessagingTopology.MANUFACTURER_CODE.matcher(code).matches()) {
			watch(MessagingTopology.deadLetterQueue(code));
		}
	}

	private void watch(String queue) {
		if (this.watched.putIfAbsent(queue, Boolean.TRUE) == null) {
			Gauge.builder(DEAD_LETTERS, this, (metrics) -> metrics.depth(queue))
				.description(
						"Messages in a dead-letter queue: unreadable presence messages, purchases a manufacturer could not read")
				.tag("queue", queue)
				.register(this.registry);
		}
	}

	private double depth(String queue) {
		try {
			QueueInformation information = this.admin.getQueueInfo(queue);
			return (information != null) ? information.getMessageCount() : 0;
		}
		catch (AmqpException ex) {
			return Double.NaN;
		}
	}

}
