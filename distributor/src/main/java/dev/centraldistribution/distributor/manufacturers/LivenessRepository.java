package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The failure detector's columns of the {@code manufacturer} table. A manufacturer's row
 * is locked ({@code for update}) before its state changes, so that instances changing it
 * at once (a heartbeat here, a pull there) take turns and none overwrites the other.
 */
@Repository
class LivenessRepository {

	private static final String COLUMNS = """
			code, base_url, presence_state, state_since, last_heartbeat_at, heartbeat_interval_ms,
			presence_instance, presence_sequence, presence_sent_at""";

	private final JdbcClient jdbc;

	LivenessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks a manufacturer's row until the transaction ends. */
	Optional<Tracked> lock(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer where code = :code for update")
			.param("code", code)
			.query((rs, row) -> tracked(rs))
			.optional();
	}

	/** One manufacturer, unlocked: whether it is worth locking. */
	Optional<Tracked> find(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer where code = :code")
			.param("code", code)
			.query((rs, row) -> tracked(rs))
			.optional();
	}

	/** Every manufacturer, unlocked, as the periodic check starts. */
	List<Tracked> all() {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer order by code")
			.query((rs, row) -> tracked(rs))
			.list();
	}

	/** The codes of the manufacturers that never said hello, in code order. */
	List<String> neverAnnounced() {
		return this.jdbc.sql("select code from manufacturer where announced_at is null order by code")
			.query(String.class)
			.list();
	}

	void store(String code, Liveness liveness) {
		this.jdbc.sql("""
				update manufacturer set presence_state = :state, state_since = :since, last_heartbeat_at = :heartbeat
				where code = :code""")
			.param("state", liveness.state().name())
			.param("since", time(liveness.since()))
			.param("heartbeat", time(liveness.lastHeartbeatAt()))
			.param("code", code)
			.update();
	}

	void storeOrder(String code, MessageOrder order) {
		this.jdbc.sql("""
				update manufacturer set presence_instance = :instance, presence_sequence = :sequence,
				presence_sent_at = :sentAt where code = :code""")
			.param("instance", order.instanceId())
			.param("sequence", order.sequence())
			.param("sentAt", time(order.sentAt()))
			.param("code", code)
			.update();
	}

	void storePullSucceeded(String code, Instant at, Duration duration) {
		this.jdbc.sql("""
				update manufacturer set healthy = true, stale_since = null, last_error = null,
				consecutive_failures = 0, last_synced_at = :at, last_pull_duration_ms = :duration where code = :code""")
			.param("code", code)
			.param("at", time(at))
			.param("duration", millis(duration))
			.update();
	}

	void storePullFailed(String code, Instant at, String error, Duration duration) {
		this.jdbc.sql("""
				update manufacturer set healthy = false, stale_since = coalesce(stale_since, :at),
				last_error = :error, consecutive_failures = consecutive_failures + 1,
				last_pull_duration_ms = :duration where code = :code""")
			.param("code", code)
			.param("at", time(at))
			.param("error", PullErrorText.sanitise(error))
			.param("duration", millis(duration))
			.update();
	}

	private static Tracked tracked(ResultSet rs) throws SQLException {
		long interval = rs.getLong("heartbeat_interval_ms");
		Duration heartbeatInterval = rs.wasNull() ? null : Duration.ofMillis(interval);
		Liveness liveness = new Liveness(ManufacturerState.valueOf(rs.getString("presence_state")),
				instant(rs, "state_since"), instant(rs, "last_heartbeat_at"), heartbeatInterval);
		String instance = rs.getString("presence_instance");
		MessageOrder order = (instance != null)
				? new MessageOrder(instance, rs.getLong("presence_sequence"), instant(rs, "presence_sent_at")) : null;
		return new Tracked(rs.getString("code"), URI.create(rs.getString("base_url")), liveness, order);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static SqlParameterValue time(Instant instant) {
		return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
				(instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null);
	}

	private static SqlParameterValue millis(Duration duration) {
		return new SqlParameterValue(Types.BIGINT, (duration != null) ? duration.toMillis() : null);
	}

	/**
	 * One manufacturer as the detector sees it.
	 *
	 * @param code its code
	 * @param baseUrl where it is pulled
	 * @param liveness its state
	 * @param lastMessage the last presence message accepted from it, {@code null} when
	 * none was
	 */
	record Tracked(String code, URI baseUrl, Liveness liveness, MessageOrder lastMessage) {
	}

}
