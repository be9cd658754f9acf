package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the outcome of each pull: a failure makes the manufacturer unhealthy and stale
 * since its first failure; a success makes it healthy again.
 */
@Service
public class ManufacturerHealthTracker {

	private final JdbcClient jdbc;

	ManufacturerHealthTracker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The pull of a manufacturer succeeded: healthy, not stale, no error, no failures.
	 * @param code the manufacturer's code
	 * @param at when the pull finished
	 */
	@Transactional
	public void pullSucceeded(String code, Instant at) {
		this.jdbc.sql("""
				update manufacturer set healthy = true, stale_since = null, last_error = null,
				consecutive_failures = 0, last_synced_at = :at where code = :code""")
			.param("code", code)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/**
	 * The pull of a manufacturer failed: unhealthy, stale since the first failure after
	 * the last success, one more consecutive failure.
	 * @param code the manufacturer's code
	 * @param at when the pull failed
	 * @param error why; shortened and stripped of control characters before it is stored
	 */
	@Transactional
	public void pullFailed(String code, Instant at, String error) {
		this.jdbc.sql("""
				update manufacturer set healthy = false, stale_since = coalesce(stale_since, :at),
				last_error = :error, consecutive_failures = consecutive_failures + 1 where code = :code""")
			.param("code", code)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("error", PullErrorText.sanitise(error))
			.update();
	}

}
