package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the confirmation of every sub-order whose manufacturer has not answered within
 * the acknowledgement deadline once more, under its own message id, so that an answer
 * lost on the way (a broker that lost its messages, say) is asked for again rather than
 * waited for forever. The manufacturer applied the confirmation at most once and answers
 * a repeat with the same answer. Reminders of one sub-order pause the deadline, then
 * twice that, and so on up to {@code max-reminder-pause}; they stop once it is answered.
 * Runs on one instance at a time ({@link PurchaseReminderScheduling}).
 */
@Component
class RemindManufacturers {

	private static final Logger logger = LoggerFactory.getLogger(RemindManufacturers.class);

	/** Overdue sub-orders looked at per run, oldest first. */
	static final int BATCH = 500;

	private final UnansweredSubOrders unanswered;

	private final PurchaseReminders reminders;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final ConfirmationsProperties properties;

	private final Clock clock;

	private final Counter sent;

	RemindManufacturers(UnansweredSubOrders unanswered, PurchaseReminders reminders, Outbox outbox,
			PlatformTransactionManager transactions, ConfirmationsProperties properties, Clock clock,
			MeterRegistry meters) {
		this.unanswered = unanswered;
		this.reminders = reminders;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
		this.sent = Counter.builder("distributor.confirmations.reminders")
			.description("Purchase confirmations sent again because their manufacturer had not answered in time")
			.register(meters);
	}

	/**
	 * Sends the reminders that are due.
	 * @return how many confirmations were sent again
	 */
	int remindWhereDue() {
		int reminded = 0;
		for (SubOrderId subOrder : this.unanswered.oldestOverdue(this.clock.instant(), BATCH)) {
			Boolean again = this.transaction.execute((status) -> remindIfDue(subOrder));
			if (Boolean.TRUE.equals(again)) {
				reminded++;
			}
		}
		if (reminded > 0) {
			this.sent.increment(reminded);
			logger.info("Sent {} purchase confirmations again: their manufacturers had not answered in time", reminded);
		}
		return reminded;
	}

	private boolean remindIfDue(SubOrderId subOrder) {
		Instant now = this.clock.instant();
		Optional<PurchaseReminders.Reminder> earlier = this.reminders.find(subOrder);
		if (earlier.isPresent() && earlier.get().nextDue().isAfter(now)) {
			return false;
		}
		// A confirmation the relay has not sent yet (the broker is away) needs no
		// reminder.
		if (!this.outbox.sendAgain(PurchaseConfirmations.messageId(subOrder))) {
			return false;
		}
		int count = earlier.map(PurchaseReminders.Reminder::sent).orElse(0) + 1;
		this.reminders.sent(subOrder, count, now, now.plus(pauseAfter(count)));
		return true;
	}

	/** The deadline, doubled for each reminder sent before, at most the longest pause. */
	Duration pauseAfter(int reminders) {
		Duration pause = this.unanswered.deadline().multipliedBy(1L << Math.min(reminders - 1, 20));
		return (pause.compareTo(this.properties.maxReminderPause()) > 0) ? this.properties.maxReminderPause() : pause;
	}

}
