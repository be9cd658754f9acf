package dev.centraldistribution.manufacturer;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The products of {@code catalogues/test.json}, and a way back to their initial stock: on
 * PostgreSQL every test context shares one schema, so tests start from a known stock
 * instead of from what earlier tests left.
 */
public final class TestCatalogue {

	public static final TestProduct DRILL = new TestProduct("TEST-DRILL", "Cordless drill 18V", 8999, 10, 3, 30);

	public static final TestProduct SAW = new TestProduct("TEST-SAW", "Circular saw 1400W", 12900, 0, 2, 11);

	public static final TestProduct SCREWS = new TestProduct("TEST-SCREWS", "Wood screws 4x40 mm, box of 200", 649, 100,
			50, 1_000_000);

	public static final List<TestProduct> PRODUCTS = List.of(DRILL, SAW, SCREWS);

	private TestCatalogue() {
	}

	/**
	 * Puts every test product back to the given stock and no applied confirmation.
	 */
	public static void setStock(JdbcClient jdbc, long available) {
		PRODUCTS.forEach((product) -> setStock(jdbc, product, available));
	}

	public static void setStock(JdbcClient jdbc, TestProduct product, long available) {
		jdbc.sql("update product set available = :available, applied_total = 0 where sku = :sku")
			.param("available", available)
			.param("sku", product.sku())
			.update();
	}

	public static void resetToInitialStock(JdbcClient jdbc) {
		PRODUCTS.forEach((product) -> setStock(jdbc, product, product.initialStock()));
	}

	public static long available(JdbcClient jdbc, TestProduct product) {
		return jdbc.sql("select available from product where sku = :sku")
			.param("sku", product.sku())
			.query(Long.class)
			.single();
	}

	/** What a product has in stock and what was applied to it, read together. */
	public static Stock stock(JdbcClient jdbc, TestProduct product) {
		return jdbc.sql("select available, applied_total from product where sku = :sku")
			.param("sku", product.sku())
			.query((rs, row) -> new Stock(rs.getLong("available"), rs.getLong("applied_total")))
			.single();
	}

	/**
	 * A product's stock.
	 *
	 * @param available units in stock
	 * @param appliedTotal units of the distributor's confirmations processed
	 */
	public record Stock(long available, long appliedTotal) {
	}

	/**
	 * A product as the test catalogue lists it.
	 */
	public record TestProduct(String sku, String name, long unitPriceCents, long initialStock, long productionRate,
			long cap) {

		/** The stock after {@code ticks} production ticks from zero. */
		public long afterTicksFromZero(long ticks) {
			return Math.min(this.cap, ticks * this.productionRate);
		}

	}

}
