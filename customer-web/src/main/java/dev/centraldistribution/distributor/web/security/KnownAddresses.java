package dev.centraldistribution.distributor.web.security;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The client addresses each account signed in from recently, so that its owner keeps
 * signing in from them while unknown addresses guess its password.
 */
@Repository
class KnownAddresses {

	private final JdbcClient jdbc;

	KnownAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isKnown(String account, String address, Instant since) {
		return this.jdbc.sql("""
				select count(*) from sign_in_known_address
				where account = :account and address = :address and signed_in_at >= :since
				""")
			.param("account", account)
			.param("address", address)
			.param("since", BackoffCounters.at(since))
			.query(Long.class)
			.single() > 0;
	}

	void remember(String account, String address, Instant now) {
		if (touch(account, address, now)) {
			return;
		}
		try {
			this.jdbc.sql("""
					insert into sign_in_known_address (account, address, signed_in_at)
					values (:account, :address, :now)
					""")
				.param("account", account)
				.param("address", address)
				.param("now", BackoffCounters.at(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			touch(account, address, now);
		}
	}

	void forgetBefore(Instant before) {
		this.jdbc.sql("delete from sign_in_known_address where signed_in_at < :before")
			.param("before", BackoffCounters.at(before))
			.update();
	}

	private boolean touch(String account, String address, Instant now) {
		return this.jdbc
			.sql("update sign_in_known_address set signed_in_at = :now where account = :account and address = :address")
			.param("now", BackoffCounters.at(now))
			.param("account", account)
			.param("address", address)
			.update() == 1;
	}

}
