package dev.centraldistribution.distributor.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sub-orders still open: how many each manufacturer has not acknowledged yet (its load),
 * and which it has yet to deliver.
 */
@Service
public class OpenSubOrders {

	private final JdbcClient jdbc;

	OpenSubOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return sub-orders still placed, by manufacturer code; none for the others
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> byManufacturer() {
		Map<String, Long> open = new HashMap<>();
		this.jdbc
			.sql("select manufacturer_code, count(*) as open from sub_order where status = 'PLACED' "
					+ "group by manufacturer_code")
			.query((row) -> {
				open.put(row.getString("manufacturer_code"), row.getLong("open"));
			});
		return open;
	}

	/**
	 * The sub-orders of a manufacturer that it accepted and has not delivered yet: what a
	 * manufacturer that pushes no reports is asked after.
	 * @param manufacturerCode the manufacturer
	 * @param limit at most this many, oldest first
	 * @return their ids
	 */
	@Transactional(readOnly = true)
	public List<Long> inTransit(String manufacturerCode, int limit) {
		return this.jdbc.sql("""
				select id from sub_order where status in ('ACCEPTED', 'SHIPPED') and manufacturer_code = :code
				order by id limit :limit""")
			.param("code", manufacturerCode)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
