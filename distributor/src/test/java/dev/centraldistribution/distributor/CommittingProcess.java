package dev.centraldistribution.distributor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Commits rows one at a time on the database URL given as argument, printing each id
 * after its commit returned, until killed
 * ({@link EmbeddedDatabaseKeepsEveryCommitTests}).
 */
final class CommittingProcess {

	private CommittingProcess() {
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.createStatement().execute("create table committed (id bigint primary key)");
			connection.setAutoCommit(false);
			PreparedStatement insert = connection.prepareStatement("insert into committed (id) values (?)");
			for (long id = 1;; id++) {
				insert.setLong(1, id);
				insert.executeUpdate();
				connection.commit();
				System.out.println(id);
			}
		}
	}

}
