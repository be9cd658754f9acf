package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sub-orders' side of the books check and of the console: which sub-orders each
 * manufacturer has answered, and which it has not yet.
 */
@Service
@Transactional(readOnly = true)
public class SubOrderBooks {

	/**
	 * A sub-order its manufacturer's acknowledgement answered: its lines say accepted or
	 * not. Its status alone does not tell: a part may be cancelled, or shipped, before
	 * its acknowledgement arrives, and one acknowledged after its cancellation is refused
	 * and leaves its lines unanswered.
	 */
	static final String ANSWERED = "exists (select 1 from order_line l where l.sub_order_id = s.id and l.accepted is not null)";

	private final JdbcClient jdbc;

	SubOrderBooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sub-orders still waiting for their manufacturer's answer to their purchase or to
	 * their cancellation.
	 * @return how many, by manufacturer code (absent: none)
	 */
	public Map<String, Long> unansweredByManufacturer() {
		return countByManufacturer("status in ('PLACED', 'CANCEL_REQUESTED')");
	}

	/**
	 * A digest of the answered sub-orders of each manufacturer: how many, and the sum of
	 * their ids, to compare with the acknowledgements' without reading every id.
	 * @return digest by manufacturer code (absent: none)
	 */
	public Map<String, IdDigest> answeredDigestByManufacturer() {
		Map<String, IdDigest> digests = new HashMap<>();
		this.jdbc.sql("""
				select manufacturer_code, count(*), sum(id) from sub_order s where %s
				group by manufacturer_code""".formatted(ANSWERED))
			.query((RowCallbackHandler) (rs) -> digests.put(rs.getString(1),
					new IdDigest(rs.getLong(2), rs.getLong(3))));
		return digests;
	}

	/**
	 * The answered sub-orders of one manufacturer.
	 * @param code the manufacturer
	 * @return their ids, ascending
	 */
	public List<Long> answered(String code) {
		return this.jdbc
			.sql("select id from sub_order s where manufacturer_code = :code and " + ANSWERED + " order by id")
			.param("code", code)
			.query(Long.class)
			.list();
	}

	/**
	 * When the orders of these sub-orders were placed.
	 * @param subOrders sub-order ids
	 * @return placement time by sub-order id (unknown ids are absent)
	 */
	public Map<Long, Instant> placedAt(Collection<Long> subOrders) {
		Map<Long, Instant> placed = new HashMap<>();
		if (subOrders.isEmpty()) {
			return placed;
		}
		this.jdbc.sql("""
				select s.id, o.placed_at from sub_order s join customer_order o on o.id = s.order_id
				where s.id in (:ids)""")
			.param("ids", subOrders)
			.query((RowCallbackHandler) (rs) -> placed.put(rs.getLong(1),
					rs.getObject(2, OffsetDateTime.class).toInstant()));
		return placed;
	}

	/**
	 * Units sold per manufacturer in orders placed since a moment, rejected lines left
	 * out.
	 * @param since first instant included
	 * @return units by manufacturer code
	 */
	public Map<String, Long> unitsSoldSince(Instant since) {
		Map<String, Long> units = new HashMap<>();
		this.jdbc.sql("""
				select s.manufacturer_code, sum(l.quantity) from order_line l
				join sub_order s on s.id = l.sub_order_id
				join customer_order o on o.id = l.order_id
				where o.placed_at >= :since and (l.accepted is null or l.accepted = true)
				group by s.manufacturer_code""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((RowCallbackHandler) (rs) -> units.put(rs.getString(1), rs.getLong(2)));
		return units;
	}

	private Map<String, Long> countByManufacturer(String condition) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select manufacturer_code, count(*) from sub_order where " + condition + " group by manufacturer_code")
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getString(1), rs.getLong(2)));
		return counts;
	}

}
