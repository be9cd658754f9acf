package dev.centraldistribution.distributor.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failure counters in the database, shared by every instance. Counting is one statement,
 * so concurrent failures on several instances all count; the wait they cause is computed
 * when read ({@link Backoff}), so no statement does date arithmetic (which H2 and
 * PostgreSQL spell differently).
 */
@Repository
class BackoffCounters {

	private final JdbcClient jdbc;

	BackoffCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counters of these subjects that exist. */
	Map<String, Counter> read(Collection<String> subjects) {
		Map<String, Counter> counters = new LinkedHashMap<>();
		this.jdbc.sql("select subject, failures, last_failure_at from sign_in_backoff where subject in (:subjects)")
			.param("subjects", subjects)
			.query((row) -> {
				counters.put(row.getString("subject"), new Counter(row.getInt("failures"),
						row.getObject("last_failure_at", OffsetDateTime.class).toInstant()));
			});
		return counters;
	}

	/**
	 * Counts one failure of the subject; a counter idle since {@code forgetBefore} starts
	 * again at one.
	 */
	void count(String subject, Instant now, Instant forgetBefore, Instant expiresAt) {
		if (increment(subject, now, forgetBefore, expiresAt)) {
			return;
		}
		try {
			this.jdbc.sql("""
					insert into sign_in_backoff (subject, failures, last_failure_at, expires_at)
					values (:subject, 1, :now, :expiresAt)
					""").param("subject", subject).param("now", at(now)).param("expiresAt", at(expiresAt)).update();
		}
		catch (DuplicateKeyException ex) {
			increment(subject, now, forgetBefore, expiresAt);
		}
	}

	void clear(String subject) {
		this.jdbc.sql("delete from sign_in_backoff where subject = :subject").param("subject", subject).update();
	}

	void forgetExpired(Instant now) {
		this.jdbc.sql("delete from sign_in_backoff where expires_at < :now").param("now", at(now)).update();
	}

	private boolean increment(String subject, Instant now, Instant forgetBefore, Instant expiresAt) {
		return this.jdbc.sql("""
				update sign_in_backoff set
				  failures = case when last_failure_at <= :forgetBefore then 1 else failures + 1 end,
				  last_failure_at = :now,
				  expires_at = :expiresAt
				where subject = :subject
				""")
			.param("forgetBefore", at(forgetBefore))
			.param("now", at(now))
			.param("expiresAt", at(expiresAt))
			.param("subject", subject)
			.update() == 1;
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * One subject's failures.
	 *
	 * @param failures how many since the counter started
	 * @param lastFailureAt when the latest happened
	 */
	record Counter(int failures, Instant lastFailureAt) {
	}

}
