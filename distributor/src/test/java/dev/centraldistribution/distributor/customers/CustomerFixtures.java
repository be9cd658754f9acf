package dev.centraldistribution.distributor.customers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer accounts for tests, each with an e-mail address no other test uses, so that
 * tests sharing a database do not see each other.
 */
public final class CustomerFixtures {

	/** The password of every account opened through the sign-up. */
	public static final String PASSWORD = "correct horse battery staple";

	private final Function<String, Customer> open;

	/**
	 * Accounts opened through the real sign-up: they can sign in with {@link #PASSWORD}.
	 * @param signUp the sign-up
	 */
	public CustomerFixtures(SignUp signUp) {
		this.open = (name) -> signUp.signUp(new NewAccount(name, uniqueEmail(), PASSWORD));
	}

	/**
	 * Accounts written straight into the table, for tests that never sign in: no password
	 * is hashed, which keeps tests that need many customers fast.
	 * @param jdbc the database
	 */
	public CustomerFixtures(JdbcClient jdbc) {
		this.open = (name) -> insert(jdbc, name);
	}

	/** An e-mail address no other test uses. */
	public static String uniqueEmail() {
		return "customer-" + UUID.randomUUID() + "@example.com";
	}

	public Customer customer() {
		return customer("Ada Lovelace");
	}

	public Customer customer(String name) {
		return this.open.apply(name);
	}

	private static Customer insert(JdbcClient jdbc, String name) {
		String email = uniqueEmail();
		jdbc.sql("""
				insert into customer (email, email_key, name, password_hash, created_at)
				values (:email, :email, :name, '{noop}unused', :now)
				""")
			.param("email", email)
			.param("name", name)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		CustomerId id = new CustomerId(jdbc.sql("select id from customer where email_key = :email")
			.param("email", email)
			.query(Long.class)
			.single());
		return new Customer(id, email, name);
	}

}
