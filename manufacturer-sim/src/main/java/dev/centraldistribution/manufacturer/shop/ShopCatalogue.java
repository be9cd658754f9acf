package dev.centraldistribution.manufacturer.shop;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shop's view of the products: one page at a time, in sku order. Each item's fields
 * come in one fixed order (not {@code Map.of}, whose order changes from one JVM to the
 * next): the page's ETag is a hash of its bytes, so the same content has the same tag
 * after a restart, and on every Java version.
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
				select sku, name, unit_price_cents, currency, category from product order by sku
				limit :size offset :offset
				""").param("size", size).param("offset", (long) page * size).query((rs, row) -> {
			String currency = rs.getString("currency");
			Map<String, Object> price = new LinkedHashMap<>();
			price.put("amount", amount(rs.getLong("unit_price_cents"), currency));
			price.put("currency", currency);
			Map<String, Object> product = new LinkedHashMap<>();
			product.put("productId", rs.getString("sku"));
			product.put("title", rs.getString("name"));
			product.put("price", price);
			// Optional in the shop's API: only where the catalogue names one.
			if (rs.getString("category") != null) {
				product.put("category", rs.getString("category"));
			}
			return product;
		}).list();
	}

	List<Map<String, Object>> stock(int page, int size) {
		return this.jdbc.sql("select sku, available from product order by sku limit :size offset :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> {
				Map<String, Object> stock = new LinkedHashMap<>();
				stock.put("productId", rs.getString("sku"));
				stock.put("onHand", rs.getLong("available"));
				return stock;
			})
			.list();
	}

	/** Minor units as the decimal string a shop shows: 1250 EUR is "12.50". */
	static String amount(long minorUnits, String currency) {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return BigDecimal.valueOf(minorUnits, digits).toPlainString();
	}

}
