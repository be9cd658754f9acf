package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What was sold in a period, per manufacturer and product. Lines a manufacturer rejected
 * are not counted.
 */
@Service
public class SalesReport {

	private final JdbcClient jdbc;

	SalesReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sales of orders placed in {@code [from, to)}: lines neither rejected nor part of a
	 * cancelled sub-order (both were refunded).
	 * @param from first instant included
	 * @param to first instant excluded
	 * @return one row per manufacturer code and sku that sold something
	 */
	public List<ProductSales> between(Instant from, Instant to) {
		return this.jdbc.sql("""
				select s.manufacturer_code, l.sku, sum(l.quantity) as units,
				       sum(l.quantity * l.unit_price_cents) as revenue
				from order_line l
				join sub_order s on s.id = l.sub_order_id
				join customer_order o on o.id = l.order_id
				where o.placed_at >= :from and o.placed_at < :to
				  and (l.accepted is null or l.accepted = true) and s.status <> :cancelled
				group by s.manufacturer_code, l.sku
				order by s.manufacturer_code, l.sku""")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.param("cancelled", SubOrderStatus.CANCELLED.name())
			.query((rs, n) -> new ProductSales(rs.getString("manufacturer_code"), rs.getString("sku"),
					rs.getLong("units"), rs.getLong("revenue")))
			.list();
	}

	/**
	 * Sales of one product.
	 *
	 * @param manufacturerCode its manufacturer
	 * @param sku the manufacturer's product code
	 * @param unitsSold units sold
	 * @param revenueCents what customers paid, in minor units
	 */
	public record ProductSales(String manufacturerCode, String sku, long unitsSold, long revenueCents) {
	}

}
