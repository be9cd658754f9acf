package dev.centraldistribution.manufacturer.production;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Grows stock in the database, never above a product's cap.
 */
@Repository
class ProductionRepository {

	private final JdbcClient jdbc;

	ProductionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement for all products: concurrent sales and reads see a tick whole or not
	 * at all, and a concurrent decrement is never lost (no read-then-write).
	 * @return how many products grew
	 */
	int produceOneTick() {
		return this.jdbc.sql("""
				update product
				set available = least(cap, available + production_rate)
				where available < cap and production_rate > 0
				""").update();
	}

}
