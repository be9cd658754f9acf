package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.contracts.GeoLocation;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks manufacturers up: who to pull, and how their pulls went.
 */
@Service
@Transactional(readOnly = true)
public class ManufacturerDirectory {

	private static final String COLUMNS = """
			id, code, name, base_url, latitude, longitude, healthy, stale_since, last_error, last_synced_at,
			consecutive_failures, presence_state, state_since, last_heartbeat_at, last_pull_duration_ms, adapter_kind""";

	private final JdbcClient jdbc;

	private final ManufacturersProperties configuration;

	ManufacturerDirectory(JdbcClient jdbc, ManufacturersProperties configuration) {
		this.jdbc = jdbc;
		this.configuration = configuration;
	}

	/**
	 * The codes of the manufacturers in this instance's configuration, known before any
	 * of them is registered in the database (e.g. to declare their queues).
	 * @return configured codes in configuration order
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<String> configuredCodes() {
		return this.configuration.manufacturers().stream().map(ManufacturersProperties.Configured::code).toList();
	}

	/**
	 * Every registered manufacturer.
	 * @return manufacturers by code
	 */
	public List<Manufacturer> all() {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer order by code")
			.query((rs, row) -> manufacturer(rs))
			.list();
	}

	/**
	 * The manufacturers to pull: every registered one but the
	 * {@link ManufacturerState#UNLISTED unlisted}.
	 * @return manufacturers by code
	 */
	public List<Manufacturer> pulled() {
		return this.jdbc
			.sql("select " + COLUMNS + " from manufacturer where presence_state <> 'UNLISTED' order by code")
			.query((rs, row) -> manufacturer(rs))
			.list();
	}

	/**
	 * One manufacturer.
	 * @param code its code
	 * @return it, or empty when no manufacturer has this code
	 */
	public Optional<Manufacturer> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer where code = :code")
			.param("code", code)
			.query((rs, row) -> manufacturer(rs))
			.optional();
	}

	/**
	 * The state and sync health of every manufacturer by its id, in one read: what the
	 * catalog labels each offering with.
	 * @return health by manufacturer id
	 */
	public Map<Long, ManufacturerHealth> healthById() {
		Map<Long, ManufacturerHealth> byId = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from manufacturer")
			.query((RowCallbackHandler) (rs) -> byId.put(rs.getLong("id"), health(rs)));
		return byId;
	}

	/**
	 * Where every manufacturer is: three columns, for allocation, which weighs 1,000
	 * manufacturers per proposal.
	 * @return location by manufacturer code; none for a manufacturer without one
	 */
	public Map<String, GeoLocation> locations() {
		Map<String, GeoLocation> locations = new HashMap<>();
		this.jdbc.sql("select code, latitude, longitude from manufacturer").query((RowCallbackHandler) (rs) -> {
			GeoLocation location = location(rs);
			if (location != null) {
				locations.put(rs.getString("code"), location);
			}
		});
		return locations;
	}

	/**
	 * The state and sync health of every manufacturer, for the operator and the
	 * dashboard.
	 * @return health by manufacturer name, then code
	 */
	public List<ManufacturerHealth> health() {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer order by name, code")
			.query((rs, row) -> health(rs))
			.list();
	}

	/**
	 * The state and sync health of one manufacturer: whether its goods may be sold.
	 * @param code its code
	 * @return its health, or empty when no manufacturer has this code
	 */
	public Optional<ManufacturerHealth> health(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from manufacturer where code = :code")
			.param("code", code)
			.query((rs, row) -> health(rs))
			.optional();
	}

	/**
	 * Where the failure detector places a manufacturer, and nothing else: one indexed
	 * lookup, cheap enough for every message written.
	 * @param code its code
	 * @return its state, empty when the code is unknown
	 */
	public Optional<ManufacturerState> state(String code) {
		return this.jdbc.sql("select presence_state from manufacturer where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.map(ManufacturerState::valueOf);
	}

	/**
	 * Whether a manufacturer's goods may be sold now: it is
	 * {@link ManufacturerState#ALIVE}.
	 * @param manufacturerId its id
	 * @return {@code false} too when there is no such manufacturer
	 */
	public boolean isSellable(long manufacturerId) {
		return this.jdbc.sql("select presence_state from manufacturer where id = :id")
			.param("id", manufacturerId)
			.query(String.class)
			.optional()
			.map((state) -> ManufacturerState.valueOf(state).isSellable())
			.orElse(false);
	}

	/**
	 * How the distributor talks to a manufacturer, and nothing else: one indexed lookup,
	 * cheap enough for every message relayed.
	 * @param code its code
	 * @return its adapter kind, empty when the code is unknown
	 */
	public Optional<AdapterKind> adapterKind(String code) {
		return this.jdbc.sql("select adapter_kind from manufacturer where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.map(ManufacturerDirectory::kindOf);
	}

	/** A kind this code no longer knows (a row of a newer version) is read as native. */
	private static AdapterKind kindOf(String code) {
		return AdapterKind.fromCode(code).orElse(AdapterKind.NATIVE);
	}

	private static Manufacturer manufacturer(ResultSet rs) throws SQLException {
		return new Manufacturer(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				URI.create(rs.getString("base_url")), location(rs), kindOf(rs.getString("adapter_kind")));
	}

	private static ManufacturerHealth health(ResultSet rs) throws SQLException {
		long pullMillis = rs.getLong("last_pull_duration_ms");
		Duration lastPullDuration = rs.wasNull() ? null : Duration.ofMillis(pullMillis);
		return new ManufacturerHealth(rs.getString("code"), rs.getString("name"), location(rs),
				rs.getBoolean("healthy"), instant(rs, "stale_since"), rs.getString("last_error"),
				instant(rs, "last_synced_at"), rs.getInt("consecutive_failures"),
				ManufacturerState.valueOf(rs.getString("presence_state")), instant(rs, "state_since"),
				instant(rs, "last_heartbeat_at"), lastPullDuration);
	}

	private static GeoLocation location(ResultSet rs) throws SQLException {
		double latitude = rs.getDouble("latitude");
		boolean latitudeNull = rs.wasNull();
		double longitude = rs.getDouble("longitude");
		return (latitudeNull || rs.wasNull()) ? null : new GeoLocation(latitude, longitude);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
