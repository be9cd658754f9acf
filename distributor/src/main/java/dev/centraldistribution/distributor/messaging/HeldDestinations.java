package dev.centraldistribution.distributor.messaging;

import java.time.Clock;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.manufacturers.ManufacturerStateChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the messages for an {@link ManufacturerState#UNLISTED unlisted} manufacturer
 * instead of retrying them forever against a queue nobody reads: unsent ones are held
 * when it is unlisted, in the transaction that unlists it, new ones are held as they are
 * written, and all of them are released, due at once, in the transaction that lists it
 * again. The operator sees how many wait ({@code distributor.outbox.held}).
 */
@Component
class HeldDestinations {

	private static final Logger logger = LoggerFactory.getLogger(HeldDestinations.class);

	private final OutboxRepository repository;

	private final ManufacturerDirectory manufacturers;

	private final OutboxRelay relay;

	private final Clock clock;

	HeldDestinations(OutboxRepository repository, ManufacturerDirectory manufacturers, OutboxRelay relay,
			MeterRegistry meters, Clock clock) {
		this.repository = repository;
		this.manufacturers = manufacturers;
		this.relay = relay;
		this.clock = clock;
		Gauge.builder("distributor.outbox.held", repository, OutboxRepository::held)
			.description("Outbox messages held for unlisted manufacturers, waiting for the operator")
			.register(meters);
	}

	/**
	 * Whether messages to this destination wait: purchases of an unlisted manufacturer.
	 */
	boolean isHeld(String exchange, String routingKey) {
		return MessagingTopology.PURCHASES_EXCHANGE.equals(exchange) && this.manufacturers.state(routingKey)
			.filter((state) -> state == ManufacturerState.UNLISTED)
			.isPresent();
	}

	@EventListener
	void on(ManufacturerStateChanged change) {
		if (change.to() == ManufacturerState.UNLISTED) {
			int held = this.repository.hold(MessagingTopology.PURCHASES_EXCHANGE, change.code(), this.clock.instant());
			logger.warn("Manufacturer {} is unlisted: {} unsent messages for it held", change.code(), held);
		}
		else if (change.from() == ManufacturerState.UNLISTED) {
			int released = this.repository.release(MessagingTopology.PURCHASES_EXCHANGE, change.code(),
					this.clock.instant());
			logger.info("Manufacturer {} is listed again: {} held messages for it released", change.code(), released);
			wakeTheRelayAfterCommit();
		}
	}

	private void wakeTheRelayAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					HeldDestinations.this.relay.wake();
				}
			});
		}
		else {
			this.relay.wake();
		}
	}

}
