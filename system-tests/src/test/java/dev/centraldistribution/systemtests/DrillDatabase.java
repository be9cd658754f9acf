package dev.centraldistribution.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The PostgreSQL database of the drills, read directly: the distributor's schema and each
 * manufacturer's own schema, as the processes left them.
 */
final class DrillDatabase implements DrillQueries {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name;

	DrillDatabase(String name) {
		this.name = name;
	}

	String jdbcUrl(String schema) {
		return SERVER + this.name + "?currentSchema=" + schema;
	}

	/** Creates the database if needed and drops every schema an earlier run left. */
	void recreateSchemas(List<String> schemas) {
		try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + this.name + "'");
			if (!exists.next()) {
				statement.execute("create database " + this.name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"PostgreSQL is needed on 127.0.0.1:5432 (user postgres, trust auth) for the drills", ex);
		}
		for (String schema : schemas) {
			update("drop schema if exists " + schema + " cascade");
		}
	}

	void update(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	@Override
	public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
		return onOneConnection((reads) -> reads.query(sql, reader, parameters));
	}

	/**
	 * Runs several reads on one connection, each in its own transaction: a new connection
	 * costs PostgreSQL a process, which is slow on a saturated machine, so a drill that
	 * samples often reads through one ({@link #query} opens one per read).
	 */
	<T> T onOneConnection(Function<DrillQueries, T> reads) {
		try (Connection connection = connect()) {
			return reads.apply(new DrillQueries() {
				@Override
				public <R> List<R> query(String sql, RowReader<R> reader, Object... parameters) {
					try {
						return DrillDatabase.query(connection, sql, reader, parameters);
					}
					catch (SQLException ex) {
						throw new IllegalStateException(sql, ex);
					}
				}
			});
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL connection for the drill's reads (" + SERVER + this.name + ")",
					ex);
		}
	}

	private static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				List<T> result = new ArrayList<>();
				while (rows.next()) {
					result.add(reader.read(rows));
				}
				return result;
			}
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(SERVER + this.name, "postgres", "");
	}

}
