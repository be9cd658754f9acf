package dev.centraldistribution.distributor.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings' side of the books check: the rules every offering row keeps whatever
 * happens (stock never negative, {@code available = received_total - sold_total}), and
 * the one that holds once a manufacturer is quiet (what we sold of a product equals what
 * the manufacturer's last snapshot says it applied).
 */
@Service
@Transactional(readOnly = true)
public class StockBooks {

	private static final String DESCRIBED = """
			select o.id, o.sku, o.manufacturer_id, o.available, o.received_total, o.sold_total, o.applied_total
			from offering o
			""";

	private final JdbcClient jdbc;

	StockBooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Offerings with negative stock or negative sales.
	 * @param examples the most to describe
	 * @return the offerings breaking the rule
	 */
	public OfferingBooks negativeStock(int examples) {
		return breaking("o.available < 0 or o.sold_total < 0", examples);
	}

	/**
	 * Offerings whose stock does not add up: {@code available <> received - sold}.
	 * @param examples the most to describe
	 * @return the offerings breaking the rule
	 */
	public OfferingBooks unconserved(int examples) {
		return breaking("o.available <> o.received_total - o.sold_total", examples);
	}

	/**
	 * Listed offerings of these manufacturers whose units sold differ from the units the
	 * manufacturer's last snapshot says it applied. Offerings no snapshot reported on
	 * yet, and those the last snapshot left out, are not judged.
	 * @param manufacturerIds the manufacturers that are quiet (nothing in flight)
	 * @param examples the most to describe
	 * @return the offerings breaking the rule
	 */
	public OfferingBooks soldNotApplied(Collection<Long> manufacturerIds, int examples) {
		if (manufacturerIds.isEmpty()) {
			return new OfferingBooks(0, List.of());
		}
		String rule = """
				o.manufacturer_id in (:manufacturers) and o.applied_total is not null and o.absent_since is null
				  and o.retired_at is null and o.sold_total <> o.applied_total""";
		long count = this.jdbc.sql("select count(*) from offering o where " + rule)
			.param("manufacturers", manufacturerIds)
			.query(Long.class)
			.single();
		List<String> described = this.jdbc.sql(DESCRIBED + "where " + rule + " order by o.id limit :limit")
			.param("manufacturers", manufacturerIds)
			.param("limit", examples)
			.query((rs, row) -> describe(rs.getLong("id"), rs.getString("sku"), rs.getLong("manufacturer_id"),
					"sold " + rs.getLong("sold_total") + ", manufacturer applied " + rs.getLong("applied_total")))
			.list();
		return new OfferingBooks(count, described);
	}

	private OfferingBooks breaking(String rule, int examples) {
		long count = this.jdbc.sql("select count(*) from offering o where " + rule).query(Long.class).single();
		if (count == 0) {
			return new OfferingBooks(0, List.of());
		}
		List<String> described = this.jdbc.sql(DESCRIBED + "where " + rule + " order by o.id limit :limit")
			.param("limit", examples)
			.query((rs, row) -> describe(rs.getLong("id"), rs.getString("sku"), rs.getLong("manufacturer_id"),
					"available " + rs.getLong("available") + ", received " + rs.getLong("received_total") + ", sold "
							+ rs.getLong("sold_total")))
			.list();
		return new OfferingBooks(count, described);
	}

	private static String describe(long id, String sku, long manufacturerId, String figures) {
		return "offering " + id + " (" + sku + ", manufacturer " + manufacturerId + "): " + figures;
	}

}
