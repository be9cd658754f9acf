package dev.centraldistribution.manufacturer.shop;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shop's view of the products: one page at a time, in sku order.
 */
@Repository
class ShopCatalogue {

	private final JdbcClient jdbc;

	ShopCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from product").query(Long.class).single();
	}

	List<Map<String, Object>> products(int page, int size) {
		return this.jdbc.sql("""
				select sku, name, unit_price_cents, currency from product order by sku limit :size offset :offset
				""").param("size", size).param("offset", (long) page * size).query((rs, row) -> {
			String currency = rs.getString("currency");
			return Map.<String, Object>of("productId", rs.getString("sku"), "title", rs.getString("name"), "price",
					Map.of("amount", amount(rs.getLong("unit_price_cents"), currency), "currency", currency));
		}).list();
	}

	List<Map<String, Object>> stock(int page, int size) {
		return this.jdbc.sql("select sku, available from product order by sku limit :size offset :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> Map.<String, Object>of("productId", rs.getString("sku"), "onHand",
					rs.getLong("available")))
			.list();
	}

	/** Minor units as the decimal string a shop shows: 1250 EUR is "12.50". */
	static String amount(long minorUnits, String currency) {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return BigDecimal.valueOf(minorUnits, digits).toPlainString();
	}

}
