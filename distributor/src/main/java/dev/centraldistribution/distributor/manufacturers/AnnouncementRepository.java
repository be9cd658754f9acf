package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a manufacturer said of itself in its last hello, beside what registration keeps.
 */
@Repository
class AnnouncementRepository {

	private final JdbcClient jdbc;

	AnnouncementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(String code, Announcement announcement, Instant at) {
		this.jdbc.sql("""
				update manufacturer set announced_at = :at, contract_version = :contractVersion,
				daily_capacity = :dailyCapacity, heartbeat_interval_ms = :interval where code = :code""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("contractVersion", announcement.contractVersion())
			.param("dailyCapacity", announcement.dailyCapacity())
			.param("interval", announcement.heartbeatInterval().toMillis())
			.param("code", code)
			.update();
		this.jdbc.sql("""
				delete from manufacturer_category
				where manufacturer_id = (select id from manufacturer where code = :code)""")
			.param("code", code)
			.update();
		for (String category : announcement.categories()) {
			this.jdbc.sql("""
					insert into manufacturer_category (manufacturer_id, category)
					select id, :category from manufacturer where code = :code""")
				.param("category", category)
				.param("code", code)
				.update();
		}
	}

	List<String> categories(String code) {
		return this.jdbc.sql("""
				select c.category from manufacturer_category c join manufacturer m on m.id = c.manufacturer_id
				where m.code = :code order by c.category""").param("code", code).query(String.class).list();
	}

}
