package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.centraldistribution.distributor.orders.SubOrderId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sub_order_acknowledgement} table: which message answered each sub-order,
 * when it arrived, and how long after its order was placed.
 */
@Repository
class AcknowledgementRecords {

	private final JdbcClient jdbc;

	AcknowledgementRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The acknowledgement of each of these sub-orders that has one, in one query. */
	Map<SubOrderId, ReceivedAcknowledgement> of(Collection<SubOrderId> subOrders) {
		Map<SubOrderId, ReceivedAcknowledgement> received = new HashMap<>();
		this.jdbc.sql("""
				select sub_order_id, message_id, received_at from sub_order_acknowledgement
				where sub_order_id in (:ids)""")
			.param("ids", subOrders.stream().map(SubOrderId::value).toList())
			.query((RowCallbackHandler) (row) -> received.put(new SubOrderId(row.getLong("sub_order_id")),
					new ReceivedAcknowledgement(row.getString("message_id"),
							row.getObject("received_at", OffsetDateTime.class).toInstant())));
		return received;
	}

	/**
	 * Records an acknowledgement with its latency.
	 * @param placedAt when the order it answers was placed
	 * @return {@code false} when its message id was recorded before
	 */
	boolean record(ManufacturerAnswer answer, Instant placedAt, Instant now) {
		return this.jdbc.sql("""
				insert into sub_order_acknowledgement (message_id, sub_order_id, manufacturer_code, received_at,
				                                       latency_ms)
				values (:message, :subOrder, :code, :now, :latency)
				on conflict do nothing""")
			.param("message", answer.messageId())
			.param("subOrder", answer.subOrder().value())
			.param("code", answer.manufacturerCode())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("latency", Math.max(0, Duration.between(placedAt, now).toMillis()))
			.update() == 1;
	}

}
