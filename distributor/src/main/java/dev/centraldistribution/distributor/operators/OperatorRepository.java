package dev.centraldistribution.distributor.operators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operator rows, looked up by the lower-cased key of their e-mail address. Every
 * statement stands alone (no surrounding transaction), so that instances starting
 * together on one database can each retry after losing a race for the same row.
 */
@Repository
class OperatorRepository {

	private final JdbcClient jdbc;

	OperatorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OperatorCredentials> findByEmailKey(String emailKey) {
		return this.jdbc.sql("select id, email, password_hash from operator where email_key = :key")
			.param("key", emailKey)
			.query(this::credentials)
			.optional();
	}

	boolean existsByEmailKey(String emailKey) {
		return this.jdbc.sql("select count(*) from operator where email_key = :key")
			.param("key", emailKey)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Adds an operator.
	 * @throws org.springframework.dao.DuplicateKeyException when the address is taken
	 */
	void insert(String email, String emailKey, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into operator (email, email_key, password_hash, created_at, updated_at)
				values (:email, :key, :hash, :now, :now)
				""")
			.param("email", email)
			.param("key", emailKey)
			.param("hash", passwordHash)
			.param("now", at(now))
			.update();
	}

	void updatePassword(String email, String emailKey, String passwordHash, Instant now) {
		this.jdbc
			.sql("update operator set email = :email, password_hash = :hash, updated_at = :now where email_key = :key")
			.param("email", email)
			.param("hash", passwordHash)
			.param("now", at(now))
			.param("key", emailKey)
			.update();
	}

	/** Removes every operator but the one of this key ({@code null}: every operator). */
	int deleteAllBut(String emailKey) {
		if (emailKey == null) {
			return this.jdbc.sql("delete from operator").update();
		}
		return this.jdbc.sql("delete from operator where email_key <> :key").param("key", emailKey).update();
	}

	private OperatorCredentials credentials(ResultSet row, int rowNumber) throws SQLException {
		return new OperatorCredentials(new Operator(new OperatorId(row.getLong("id")), row.getString("email")),
				row.getString("password_hash"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
