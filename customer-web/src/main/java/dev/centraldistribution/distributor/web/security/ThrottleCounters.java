package dev.centraldistribution.distributor.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-in counters in the database, shared by every instance. Each change is one
 * statement, so concurrent failures on several instances all count.
 */
@Repository
class ThrottleCounters {

	private final JdbcClient jdbc;

	ThrottleCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest moment until which any of the subjects is locked, if one is. */
	Optional<Instant> lockedUntil(Collection<String> subjects, Instant now) {
		return this.jdbc
			.sql("select locked_until from sign_in_throttle where subject in (:subjects) and locked_until > :now")
			.param("subjects", subjects)
			.param("now", at(now))
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map(OffsetDateTime::toInstant)
			.max(Instant::compareTo);
	}

	/**
	 * Counts one failure. A failure after the window started anew; reaching the limit
	 * locks the subject until {@code now + lockout}.
	 */
	void recordFailure(String subject, int limit, Instant now, ThrottleTimes times) {
		if (increment(subject, limit, now, times)) {
			return;
		}
		try {
			this.jdbc.sql("""
					insert into sign_in_throttle (subject, failures, window_started_at, locked_until, expires_at)
					values (:subject, 1, :now, :lockedUntil, :expiresAt)
					""")
				.param("subject", subject)
				.param("now", at(now))
				.param("lockedUntil", (limit <= 1) ? at(now.plus(times.lockout())) : null)
				.param("expiresAt", at(times.expiry(now)))
				.update();
		}
		catch (DuplicateKeyException ex) {
			increment(subject, limit, now, times);
		}
	}

	void clear(String subject) {
		this.jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", subject).update();
	}

	void forgetExpired(Instant now) {
		this.jdbc.sql("delete from sign_in_throttle where expires_at < :now").param("now", at(now)).update();
	}

	private boolean increment(String subject, int limit, Instant now, ThrottleTimes times) {
		return this.jdbc
			.sql("""
					update sign_in_throttle set
					  failures = case when window_started_at <= :windowStart then 1 else failures + 1 end,
					  window_started_at = case when window_started_at <= :windowStart then :now else window_started_at end,
					  locked_until = case when (case when window_started_at <= :windowStart then 1 else failures + 1 end) >= :limit
					                      then :lockedUntil else locked_until end,
					  expires_at = :expiresAt
					where subject = :subject
					""")
			.param("windowStart", at(now.minus(times.window())))
			.param("now", at(now))
			.param("limit", limit)
			.param("lockedUntil", at(now.plus(times.lockout())))
			.param("expiresAt", at(times.expiry(now)))
			.param("subject", subject)
			.update() == 1;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
