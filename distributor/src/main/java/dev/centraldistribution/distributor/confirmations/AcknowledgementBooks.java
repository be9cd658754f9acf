package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.orders.IdDigest;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acknowledgements' side of the books check, of the console and of balanced
 * allocation: which sub-orders each manufacturer's answers were recorded for, when they
 * arrived, and how long they took.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementBooks {

	private final JdbcClient jdbc;

	AcknowledgementBooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A digest of the sub-orders each manufacturer's acknowledgements answered: how many,
	 * and the sum of their ids.
	 * @return digest by manufacturer code (absent: none)
	 */
	public Map<String, IdDigest> digestByManufacturer() {
		Map<String, IdDigest> digests = new HashMap<>();
		this.jdbc.sql("""
				select manufacturer_code, count(*), sum(sub_order_id) from sub_order_acknowledgement
				group by manufacturer_code""")
			.query((RowCallbackHandler) (rs) -> digests.put(rs.getString(1),
					new IdDigest(rs.getLong(2), rs.getLong(3))));
		return digests;
	}

	/**
	 * When the latest acknowledgement of each manufacturer arrived.
	 * @return arrival by manufacturer code (absent: none yet)
	 */
	public Map<String, Instant> lastReceivedByManufacturer() {
		Map<String, Instant> last = new HashMap<>();
		this.jdbc
			.sql("select manufacturer_code, max(received_at) from sub_order_acknowledgement group by manufacturer_code")
			.query((RowCallbackHandler) (rs) -> last.put(rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).toInstant()));
		return last;
	}

	/**
	 * The sub-orders one manufacturer's acknowledgements answered.
	 * @param code the manufacturer
	 * @return sub-order ids, ascending, one per acknowledgement
	 */
	public List<Long> subOrders(String code) {
		return this.jdbc.sql(
				"select sub_order_id from sub_order_acknowledgement where manufacturer_code = :code order by sub_order_id")
			.param("code", code)
			.query(Long.class)
			.list();
	}

	/**
	 * The latest acknowledgements of one manufacturer received since a moment.
	 * @param code the manufacturer
	 * @param since first arrival included
	 * @param limit the most to return, latest first
	 * @return arrival by sub-order id
	 */
	public Map<Long, Instant> recent(String code, Instant since, int limit) {
		Map<Long, Instant> recent = new HashMap<>();
		this.jdbc.sql("""
				select sub_order_id, received_at from sub_order_acknowledgement
				where manufacturer_code = :code and received_at >= :since
				order by received_at desc limit :limit""")
			.param("code", code)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("limit", limit)
			.query((RowCallbackHandler) (rs) -> recent.put(rs.getLong(1),
					rs.getObject(2, OffsetDateTime.class).toInstant()));
		return recent;
	}

	/**
	 * Each manufacturer's median acknowledgement latency (its order's placement to the
	 * acknowledgement's arrival) over the latest acknowledgements: those received since a
	 * time, at most {@code sample} of them, newest first. Reading a bounded number of
	 * rows keeps the cost the same however busy the shop is.
	 * @param since the oldest arrival counted
	 * @param sample the most acknowledgements read, of all manufacturers together
	 * @return median latency by manufacturer code (absent: no answer in the sample)
	 */
	public Map<String, Duration> medianLatencyByManufacturer(Instant since, int sample) {
		Map<String, List<Long>> latencies = new HashMap<>();
		this.jdbc.sql("""
				select manufacturer_code, latency_ms from sub_order_acknowledgement
				where received_at >= :since and latency_ms is not null
				order by received_at desc limit :sample""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("sample", sample)
			.query((RowCallbackHandler) (rs) -> latencies.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>())
				.add(rs.getLong(2)));
		Map<String, Duration> medians = new HashMap<>();
		latencies.forEach((code, millis) -> {
			millis.sort(null);
			int size = millis.size();
			long median = (size % 2 == 1) ? millis.get(size / 2)
					: (millis.get(size / 2 - 1) + millis.get(size / 2)) / 2;
			medians.put(code, Duration.ofMillis(median));
		});
		return medians;
	}

}
