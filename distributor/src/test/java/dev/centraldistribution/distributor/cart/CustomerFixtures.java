package dev.centraldistribution.distributor.cart;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes customers straight into the database for tests, each with a unique e-mail so
 * that tests sharing a database do not see each other.
 */
public final class CustomerFixtures {

	private final JdbcClient jdbc;

	public CustomerFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CustomerId customer(String name) {
		String email = UUID.randomUUID() + "@example.test";
		this.jdbc.sql("""
				insert into customer (email, email_key, name, password_hash, created_at)
				values (:email, :email, :name, '{noop}unused', :now)
				""")
			.param("email", email)
			.param("name", name)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return new CustomerId(this.jdbc.sql("select id from customer where email_key = :email")
			.param("email", email)
			.query(Long.class)
			.single());
	}

}
