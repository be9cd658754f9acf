package dev.centraldistribution.distributor.messaging;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's claims and "sent" marks commit without waiting for the disk on PostgreSQL
 * ({@link OutboxRepository}); the setting is their transaction's alone. On one
 * connection, so that what the bookkeeping leaves behind is what the next statement
 * meets: a checkout on a connection the relay used last must still wait for the disk.
 */
@SpringBootTest
class OutboxBookkeepingTests {

	@Autowired
	DataSource pool;

	@Autowired
	JdbcClient jdbc;

	SingleConnectionDataSource connection;

	String messageId = "bookkeeping-" + UUID.randomUUID();

	@AfterEach
	void close() {
		this.jdbc.sql("delete from outbox_message where message_id = :id").param("id", this.messageId).update();
		if (this.connection != null) {
			this.connection.destroy();
		}
	}

	@Test
	void claimsAndSentMarksLeaveTheConnectionWaitingForTheDiskForWhatFollows() throws Exception {
		this.connection = new SingleConnectionDataSource(this.pool.getConnection(), true);
		JdbcClient oneConnection = JdbcClient.create(this.connection);
		OutboxRepository repository = new OutboxRepository(oneConnection, this.connection,
				new DataSourceTransactionManager(this.connection));
		Instant now = Instant.now();
		repository.insert(new OutgoingMessage(this.messageId, "test.bookkeeping", "nowhere", "test", "{}"), "{}",
				now.minusSeconds(1), false);

		List<PendingMessage> claimed = repository.claim("bookkeeping-test", now, now.plus(Duration.ofSeconds(30)),
				1_000);
		assertThat(claimed).extracting(PendingMessage::messageId).contains(this.messageId);
		assertThat(durability(oneConnection)).isEqualTo(waitingForTheDisk());

		repository.markSent(claimed.stream().map(PendingMessage::id).toList(), now);
		assertThat(durability(oneConnection)).isEqualTo(waitingForTheDisk());
		assertThat(oneConnection.sql("select sent_at is not null from outbox_message where message_id = :id")
			.param("id", this.messageId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	/** PostgreSQL's synchronous_commit as this connection has it; H2 has none. */
	private String durability(JdbcClient oneConnection) throws Exception {
		return isPostgres() ? oneConnection.sql("show synchronous_commit").query(String.class).single() : "n/a";
	}

	private String waitingForTheDisk() throws Exception {
		return isPostgres() ? "on" : "n/a";
	}

	private boolean isPostgres() throws Exception {
		return DatabaseDriver.fromJdbcUrl(
				JdbcUtils.extractDatabaseMetaData(this.pool, DatabaseMetaData::getURL)) == DatabaseDriver.POSTGRESQL;
	}

}
