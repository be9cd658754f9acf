package dev.centraldistribution.distributor.catalog;

import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings' figures for the operator console: per manufacturer, and per product.
 */
@Service
@Transactional(readOnly = true)
public class StockFigures {

	private final JdbcClient jdbc;

	private final SupplierSellability sellability;

	StockFigures(JdbcClient jdbc, SupplierSellability sellability) {
		this.jdbc = jdbc;
		this.sellability = sellability;
	}

	/**
	 * Each manufacturer's offerings that are not retired, and how many are on sale.
	 * @return counts by manufacturer id (absent: none)
	 */
	public Map<Long, OfferingCount> offeringsByManufacturer() {
		Map<Long, OfferingCount> counts = new HashMap<>();
		this.jdbc.sql("""
				select manufacturer_id, count(*), sum(case when on_sale then 1 else 0 end)
				from offering where retired_at is null group by manufacturer_id""")
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getLong(1),
					new OfferingCount(rs.getLong(2), rs.getLong(3))));
		return counts;
	}

	/**
	 * The manufacturers whose sale the operator paused.
	 * @return when each pause started, by manufacturer id
	 */
	public Map<Long, Instant> pausedManufacturers() {
		return this.sellability.paused();
	}

	/**
	 * The stock of offerings that are not retired, by manufacturer and product.
	 * @param manufacturerId only this manufacturer's, {@code null} for every one's
	 * @param limit the most to return
	 * @return offerings by manufacturer id, then sku
	 */
	public List<OfferingStock> offerings(Long manufacturerId, int limit) {
		return this.jdbc
			.sql("""
					select id, manufacturer_id, sku, product_name, available, sold_total, applied_total, on_sale
					from offering where retired_at is null and (cast(:manufacturer as bigint) is null or manufacturer_id = :manufacturer)
					order by manufacturer_id, sku limit :limit""")
			.param("manufacturer", manufacturerId, Types.BIGINT)
			.param("limit", limit)
			.query((rs, row) -> {
				long reported = rs.getLong("applied_total");
				Long applied = rs.wasNull() ? null : reported;
				return new OfferingStock(rs.getLong("id"), rs.getLong("manufacturer_id"), rs.getString("sku"),
						rs.getString("product_name"), rs.getLong("available"), rs.getLong("sold_total"), applied,
						rs.getBoolean("on_sale"));
			})
			.list();
	}

	/**
	 * Offerings that are not retired.
	 * @param manufacturerId only this manufacturer's, {@code null} for every one's
	 * @return how many
	 */
	public long offeringCount(Long manufacturerId) {
		return this.jdbc
			.sql("""
					select count(*) from offering
					where retired_at is null and (cast(:manufacturer as bigint) is null or manufacturer_id = :manufacturer)""")
			.param("manufacturer", manufacturerId, Types.BIGINT)
			.query(Long.class)
			.single();
	}

	/**
	 * A manufacturer's offerings.
	 *
	 * @param listed offerings that are not retired
	 * @param onSale those of them on sale now
	 */
	public record OfferingCount(long listed, long onSale) {
	}

	/**
	 * One offering's stock.
	 *
	 * @param id the offering
	 * @param manufacturerId its manufacturer
	 * @param sku the manufacturer's product code
	 * @param productName the product's name
	 * @param available units that may still be sold
	 * @param soldTotal units sold, ever
	 * @param appliedTotal units the manufacturer's last snapshot says it applied,
	 * {@code null} when no snapshot reported it yet
	 * @param onSale whether it may be sold now
	 */
	public record OfferingStock(long id, long manufacturerId, String sku, String productName, long available,
			long soldTotal, Long appliedTotal, boolean onSale) {

		/** Units sold that the manufacturer has not applied yet, as far as we know. */
		public Long inFlight() {
			return (this.appliedTotal != null) ? this.soldTotal - this.appliedTotal : null;
		}

	}

}
