package dev.centraldistribution.systemtests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the books of the running system, written with schema-qualified names
 * ({@code distributor.offering}, {@code manufacturer_acme.product}): from one PostgreSQL
 * database ({@link DrillDatabase}) or from each process's own H2 file
 * ({@link EmbeddedDatabases}).
 */
interface DrillQueries {

	<T> List<T> query(String sql, RowReader<T> reader, Object... parameters);

	default long count(String sql, Object... parameters) {
		return query(sql, row -> row.getLong(1), parameters).get(0);
	}

	@FunctionalInterface
	interface RowReader<T> {

		T read(ResultSet row) throws SQLException;

	}

}
