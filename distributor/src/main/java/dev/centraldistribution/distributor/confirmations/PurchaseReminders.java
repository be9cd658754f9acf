package dev.centraldistribution.distributor.confirmations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.distributor.orders.SubOrderId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code purchase_reminder} table: how often each unanswered sub-order's confirmation
 * was sent again, and when the next reminder is due.
 */
@Repository
class PurchaseReminders {

	private final JdbcClient jdbc;

	PurchaseReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reminders sent so far for a sub-order and when the next is due; empty before the
	 * first.
	 */
	Optional<Reminder> find(SubOrderId subOrder) {
		return this.jdbc.sql("select reminders, next_due_at from purchase_reminder where sub_order_id = :id")
			.param("id", subOrder.value())
			.query((row, number) -> new Reminder(row.getInt("reminders"),
					row.getObject("next_due_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Reminders sent so far for each of these sub-orders that had one, in one query. */
	Map<SubOrderId, SentReminders> sentFor(Collection<SubOrderId> subOrders) {
		Map<SubOrderId, SentReminders> sent = new HashMap<>();
		this.jdbc
			.sql("select sub_order_id, reminders, last_sent_at from purchase_reminder where sub_order_id in (:ids)")
			.param("ids", subOrders.stream().map(SubOrderId::value).toList())
			.query((RowCallbackHandler) (row) -> sent.put(new SubOrderId(row.getLong("sub_order_id")),
					new SentReminders(row.getInt("reminders"),
							row.getObject("last_sent_at", OffsetDateTime.class).toInstant())));
		return sent;
	}

	/** Counts one more reminder, sent now, and when the next one is due. */
	void sent(SubOrderId subOrder, int reminders, Instant now, Instant nextDue) {
		int updated = this.jdbc.sql("""
				update purchase_reminder set reminders = :reminders, last_sent_at = :now, next_due_at = :next
				where sub_order_id = :id""")
			.param("reminders", reminders)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("next", nextDue.atOffset(ZoneOffset.UTC))
			.param("id", subOrder.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into purchase_reminder (sub_order_id, reminders, last_sent_at, next_due_at)
					values (:id, :reminders, :now, :next)""")
				.param("reminders", reminders)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("next", nextDue.atOffset(ZoneOffset.UTC))
				.param("id", subOrder.value())
				.update();
		}
	}

	/**
	 * Reminders of one sub-order.
	 *
	 * @param sent how many were sent
	 * @param nextDue when the next one is due
	 */
	record Reminder(int sent, Instant nextDue) {
	}

}
