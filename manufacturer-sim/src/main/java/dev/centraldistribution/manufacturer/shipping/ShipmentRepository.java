package dev.centraldistribution.manufacturer.shipping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code shipment} table, one row per sub-order this manufacturer heard of (by its
 * purchase or its cancellation). Each step is a conditional update on the step before, so
 * that a parcel ships and is delivered once, and is either shipped or cancelled.
 */
@Repository
class ShipmentRepository {

	private final JdbcClient jdbc;

	ShipmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the sub-order's row, cancelled at once when {@code cancelledAt} is set.
	 * @return {@code false} when it was there already (its purchase or its cancellation
	 * came first)
	 */
	boolean open(long subOrderId, String confirmationId, Instant cancelledAt) {
		return this.jdbc.sql("""
				insert into shipment (sub_order_id, confirmation_id, cancelled_at)
				values (:subOrder, :confirmation, :cancelledAt)
				on conflict do nothing""")
			.param("subOrder", subOrderId)
			.param("confirmation", confirmationId)
			.param("cancelledAt", (cancelledAt != null) ? cancelledAt.atOffset(ZoneOffset.UTC) : null)
			.update() == 1;
	}

	void schedule(long subOrderId, Instant shipsAt) {
		this.jdbc.sql("update shipment set ships_at = :at where sub_order_id = :subOrder and cancelled_at is null")
			.param("subOrder", subOrderId)
			.param("at", shipsAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Cancels a parcel not shipped yet.
	 * @return {@code false} when it had shipped or was cancelled before
	 */
	boolean cancel(long subOrderId, Instant now) {
		return this.jdbc.sql("""
				update shipment set cancelled_at = :now
				where sub_order_id = :subOrder and shipped_at is null and cancelled_at is null""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("subOrder", subOrderId)
			.update() == 1;
	}

	boolean shipped(long subOrderId) {
		return this.jdbc.sql("select count(*) from shipment where sub_order_id = :subOrder and shipped_at is not null")
			.param("subOrder", subOrderId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> dueToShip(Instant now, int limit) {
		return this.jdbc.sql("""
				select sub_order_id from shipment
				where shipped_at is null and cancelled_at is null and ships_at <= :now
				order by ships_at, sub_order_id limit :limit""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	boolean markShipped(long subOrderId, Instant now, String carrier, String trackingNumber) {
		return this.jdbc.sql("""
				update shipment set shipped_at = :now, carrier = :carrier, tracking_number = :tracking
				where sub_order_id = :subOrder and shipped_at is null and cancelled_at is null""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("carrier", carrier)
			.param("tracking", trackingNumber)
			.param("subOrder", subOrderId)
			.update() == 1;
	}

	List<Long> dueToDeliver(Instant shippedBy, int limit) {
		return this.jdbc.sql("""
				select sub_order_id from shipment where delivered_at is null and shipped_at <= :shippedBy
				order by shipped_at, sub_order_id limit :limit""")
			.param("shippedBy", shippedBy.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	boolean markDelivered(long subOrderId, Instant now) {
		return this.jdbc.sql("""
				update shipment set delivered_at = :now
				where sub_order_id = :subOrder and shipped_at is not null and delivered_at is null""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("subOrder", subOrderId)
			.update() == 1;
	}

	Optional<TrackParcel.Parcel> find(long subOrderId) {
		return this.jdbc.sql("""
				select shipped_at, delivered_at, cancelled_at, carrier, tracking_number from shipment
				where sub_order_id = :subOrder""")
			.param("subOrder", subOrderId)
			.query((rs, row) -> new TrackParcel.Parcel(instant(rs.getObject("shipped_at", OffsetDateTime.class)),
					instant(rs.getObject("delivered_at", OffsetDateTime.class)),
					instant(rs.getObject("cancelled_at", OffsetDateTime.class)), rs.getString("carrier"),
					rs.getString("tracking_number")))
			.optional();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
