package dev.centraldistribution.manufacturer.presence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the manufacturer makes, as its hello tells it: the categories of its products and
 * how much a production tick makes of all of them.
 */
@Repository
class ProductRangeRepository {

	private final JdbcClient jdbc;

	ProductRangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> categories() {
		return this.jdbc.sql("select distinct category from product where category is not null order by category")
			.query(String.class)
			.list();
	}

	long unitsPerTick() {
		return this.jdbc.sql("select coalesce(sum(production_rate), 0) from product").query(Long.class).single();
	}

}
