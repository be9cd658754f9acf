package dev.centraldistribution.distributor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps a {@code CHECK (status IN (...))} constraint working after
 * the connection that created it is closed, as the status columns of orders and payments
 * need: Flyway creates them on a pooled connection that the pool later retires. H2
 * 2.4.240 does not (every insert then fails with "Check constraint invalid"), which is
 * why the root pom pins H2; this test fails on a version with that bug.
 */
class EmbeddedDatabaseKeepsCheckConstraintsTests {

	private final String url = "jdbc:h2:mem:checks-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	@Test
	void aCheckInConstraintStillAcceptsAndRefusesRowsOnceItsCreatorHasClosed() throws SQLException {
		execute("create table checked (status varchar(16) not null, "
				+ "constraint checked_status check (status in ('PLACED', 'CONFIRMED')))");

		assertThatCode(() -> execute("insert into checked (status) values ('PLACED')")).doesNotThrowAnyException();
		assertThatThrownBy(() -> execute("insert into checked (status) values ('LOST')"))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("checked_status");
	}

	/** Each statement on a connection of its own, closed afterwards. */
	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
