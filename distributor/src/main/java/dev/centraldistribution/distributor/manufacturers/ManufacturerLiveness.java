package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.centraldistribution.contracts.PresenceMessage;
import dev.centraldistribution.distributor.manufacturers.LivenessRepository.Tracked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds the {@link FailureDetector} with heartbeats, byes and pull outcomes and stores
 * what it decides, one locked manufacturer row at a time, raising
 * {@link ManufacturerStateChanged} for every change of state.
 */
@Service
class ManufacturerLiveness {

	private static final Logger logger = LoggerFactory.getLogger(ManufacturerLiveness.class);

	private final LivenessRepository repository;

	private final FailureDetector detector;

	private final ApplicationEventPublisher events;

	private final PresenceMetrics metrics;

	private final TransactionTemplate transactions;

	ManufacturerLiveness(LivenessRepository repository, FailureDetector detector, ApplicationEventPublisher events,
			PresenceMetrics metrics, TransactionTemplate transactions) {
		this.repository = repository;
		this.detector = detector;
		this.events = events;
		this.metrics = metrics;
		this.transactions = transactions;
	}

	/**
	 * A heartbeat arrived.
	 * @throws RejectedPresenceException from an unknown manufacturer, or late or replayed
	 */
	@Transactional
	void heartbeat(PresenceMessage heartbeat) {
		Tracked manufacturer = lockFor(heartbeat);
		change(manufacturer, this.detector::heartbeat);
	}

	/**
	 * A bye arrived: left at once.
	 * @throws RejectedPresenceException from an unknown manufacturer, or late or replayed
	 */
	@Transactional
	void bye(PresenceMessage bye) {
		Tracked manufacturer = lockFor(bye);
		change(manufacturer, this.detector::bye);
	}

	@Transactional
	void pullSucceeded(String code, Instant at, Duration duration) {
		this.repository.lock(code).ifPresent((manufacturer) -> {
			this.repository.storePullSucceeded(code, at, duration);
			change(manufacturer, (liveness) -> this.detector.pullSucceeded(liveness,
					() -> this.detector.isFeedHeard(livenessOfAll())));
		});
	}

	/**
	 * A snapshot arrived and passed its checks, and is about to be applied: the
	 * detector's rule for a successful pull, without the pull's record (stored by
	 * {@link #pullSucceeded} once the snapshot is applied). A manufacturer this changes
	 * nothing for (alive already: nearly every pull) is read, not locked.
	 */
	@Transactional
	void snapshotReceived(String code) {
		boolean changes = this.repository.find(code)
			.map((seen) -> !this.detector
				.pullSucceeded(seen.liveness(), () -> this.detector.isFeedHeard(livenessOfAll()))
				.equals(seen.liveness()))
			.orElse(false);
		if (changes) {
			this.repository.lock(code)
				.ifPresent((manufacturer) -> change(manufacturer, (liveness) -> this.detector.pullSucceeded(liveness,
						() -> this.detector.isFeedHeard(livenessOfAll()))));
		}
	}

	@Transactional
	void pullFailed(String code, Instant at, String error, Duration duration) {
		this.repository.lock(code).ifPresent((manufacturer) -> {
			this.repository.storePullFailed(code, at, error, duration);
			change(manufacturer, this.detector::pullFailed);
		});
	}

	/**
	 * Takes a manufacturer off the list: {@link ManufacturerState#UNLISTED}.
	 * @param code its code
	 * @return whether it was listed before
	 */
	@Transactional
	boolean unlist(String code) {
		return this.repository.lock(code)
			.filter((manufacturer) -> manufacturer.liveness().state() != ManufacturerState.UNLISTED)
			.map((manufacturer) -> {
				change(manufacturer, (liveness) -> liveness.in(ManufacturerState.UNLISTED, this.detector.now()));
				return true;
			})
			.orElse(false);
	}

	/**
	 * Lists an unlisted manufacturer again, as {@link ManufacturerState#UNKNOWN}: its
	 * next successful pull makes it alive. Does nothing to one that is listed.
	 * @param code its code
	 */
	@Transactional
	void relist(String code) {
		this.repository.lock(code)
			.filter((manufacturer) -> manufacturer.liveness().state() == ManufacturerState.UNLISTED)
			.ifPresent((manufacturer) -> change(manufacturer,
					(liveness) -> liveness.in(ManufacturerState.UNKNOWN, this.detector.now())));
	}

	/**
	 * The periodic check of every manufacturer: silence, and suspects that stay away. A
	 * manufacturer due for a change is re-read under its lock in a transaction of its
	 * own, so that a heartbeat handled meanwhile is not overwritten and one slow row
	 * holds no other.
	 */
	@Transactional(propagation = Propagation.NEVER)
	void checkAll() {
		List<Tracked> all = this.repository.all();
		boolean feedHeard = this.detector.isFeedHeard(all.stream().map(Tracked::liveness).toList());
		for (Tracked seen : all) {
			if (!this.detector.check(seen.liveness(), feedHeard).equals(seen.liveness())) {
				this.transactions.executeWithoutResult((status) -> this.repository.lock(seen.code())
					.ifPresent((manufacturer) -> change(manufacturer,
							(liveness) -> this.detector.check(liveness, feedHeard))));
			}
		}
	}

	private Tracked lockFor(PresenceMessage message) {
		Tracked manufacturer = this.repository.lock(message.manufacturerCode())
			.orElseThrow(() -> new RejectedPresenceException(PresenceRejection.UNKNOWN_MANUFACTURER,
					message.kind() + " from a manufacturer that never said hello"));
		MessageOrder order = MessageOrder.of(message);
		if (!order.follows(manufacturer.lastMessage())) {
			throw new RejectedPresenceException(PresenceRejection.REPLAYED,
					message.kind() + " " + order + " is not newer than " + manufacturer.lastMessage());
		}
		this.repository.storeOrder(manufacturer.code(), order);
		return manufacturer;
	}

	private List<Liveness> livenessOfAll() {
		return this.repository.all().stream().map(Tracked::liveness).toList();
	}

	private void change(Tracked manufacturer, UnaryOperator<Liveness> rule) {
		Liveness before = manufacturer.liveness();
		Liveness after = rule.apply(before);
		if (after.equals(before)) {
			return;
		}
		this.repository.store(manufacturer.code(), after);
		if (after.state() != before.state()) {
			logger.info("Manufacturer {} is {} (was {} since {})", manufacturer.code(), after.state(), before.state(),
					before.since());
			this.metrics.transition(after.state());
			this.events.publishEvent(
					new ManufacturerStateChanged(manufacturer.code(), before.state(), after.state(), after.since()));
		}
	}

}
