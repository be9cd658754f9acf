package dev.centraldistribution.distributor.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Customer rows. E-mail addresses are looked up by their lower-cased key.
 */
@Repository
class CustomerRepository {

	private static final String COLUMNS = "select id, email, name, password_hash from customer ";

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<SignInCredentials> findByEmailKey(String emailKey) {
		return this.jdbc.sql(COLUMNS + "where email_key = :key")
			.param("key", emailKey)
			.query(this::credentials)
			.optional();
	}

	Map<CustomerId, String> emailsOf(Collection<CustomerId> ids) {
		Map<CustomerId, String> emails = new HashMap<>();
		this.jdbc.sql("select id, email from customer where id in (:ids)")
			.param("ids", ids.stream().map(CustomerId::value).distinct().toList())
			.query((RowCallbackHandler) (row) -> emails.put(new CustomerId(row.getLong("id")), row.getString("email")));
		return emails;
	}

	Optional<SignInCredentials> findById(CustomerId id) {
		return this.jdbc.sql(COLUMNS + "where id = :id").param("id", id.value()).query(this::credentials).optional();
	}

	boolean existsByEmailKey(String emailKey) {
		return this.jdbc.sql("select count(*) from customer where email_key = :key")
			.param("key", emailKey)
			.query(Long.class)
			.single() > 0;
	}

	CustomerId insert(EmailAddress email, String name, String passwordHash) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into customer (email, email_key, name, password_hash, created_at)
				values (:email, :key, :name, :hash, :now)
				""")
			.param("email", email.value())
			.param("key", email.key())
			.param("name", name)
			.param("hash", passwordHash)
			.param("now", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		return new CustomerId(keys.getKeyAs(Long.class));
	}

	void updateProfile(CustomerId id, EmailAddress email, String name) {
		this.jdbc.sql("update customer set email = :email, email_key = :key, name = :name where id = :id")
			.param("email", email.value())
			.param("key", email.key())
			.param("name", name)
			.param("id", id.value())
			.update();
	}

	void updatePasswordHash(CustomerId id, String passwordHash) {
		this.jdbc.sql("update customer set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", id.value())
			.update();
	}

	private SignInCredentials credentials(ResultSet row, int rowNumber) throws SQLException {
		Customer customer = new Customer(new CustomerId(row.getLong("id")), row.getString("email"),
				row.getString("name"));
		return new SignInCredentials(customer, row.getString("password_hash"));
	}

}
