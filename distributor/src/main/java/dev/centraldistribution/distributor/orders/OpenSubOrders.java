package dev.centraldistribution.distributor.orders;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many sub-orders each manufacturer has not acknowledged yet: its load. */
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

}
