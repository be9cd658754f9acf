package dev.centraldistribution.distributor.operators;

import java.time.Clock;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.customers.EmailAddress;
import dev.centraldistribution.distributor.customers.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes the operator account what the configuration says, once the database is migrated
 * and before the web server accepts a request: the configured operator exists with the
 * configured password, and no other operator does (no configuration, no operator). A weak
 * password, or an address a customer already uses, stops the start with a message saying
 * why.
 * <p>
 * Several instances may start at once on one database: each step is a statement of its
 * own that leaves the same result however often it runs, and an insert that lost a race
 * for the address updates the row the winner wrote instead.
 */
@Component
class OperatorAccountFromConfiguration implements SmartInitializingSingleton {

	/** Longer than a customer's minimum: this password guards the console and metrics. */
	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Logger logger = LoggerFactory.getLogger(OperatorAccountFromConfiguration.class);

	private final OperatorProperties properties;

	private final OperatorRepository operators;

	private final CustomerDirectory customers;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock = Clock.systemUTC();

	OperatorAccountFromConfiguration(OperatorProperties properties, OperatorRepository operators,
			CustomerDirectory customers, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder) {
		this.properties = properties;
		this.operators = operators;
		this.customers = customers;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/**
	 * Makes the database agree with the configuration; safe to run any number of times.
	 */
	void apply() {
		if (!this.properties.configured()) {
			int removed = this.operators.deleteAllBut(null);
			logger.info("No operator account (set DISTRIBUTOR_OPERATOR_EMAIL and DISTRIBUTOR_OPERATOR_PASSWORD "
					+ "for the console and the metrics){}", (removed > 0) ? "; removed " + removed : "");
			return;
		}
		String email = this.properties.email();
		String key = EmailAddress.keyOf(email);
		problemWithPassword().ifPresent((problem) -> {
			throw new OperatorAccountRefusedException(
					"distributor.operator.password is too weak: " + problem + " The operator account was not created.",
					"Set DISTRIBUTOR_OPERATOR_PASSWORD to at least " + MIN_PASSWORD_LENGTH
							+ " characters that are not a common password, such as a few unrelated words.");
		});
		if (this.customers.findByEmail(email).isPresent()) {
			throw new OperatorAccountRefusedException(
					"distributor.operator.email " + email + " is the e-mail address of a customer account.",
					"Set DISTRIBUTOR_OPERATOR_EMAIL to an address no customer uses (operator@localhost never is one).");
		}
		this.operators.deleteAllBut(key);
		if (!passwordIsCurrent(key)) {
			String hash = this.passwordEncoder.encode(this.properties.password());
			try {
				this.operators.insert(email, key, hash, this.clock.instant());
			}
			catch (DuplicateKeyException ex) {
				this.operators.updatePassword(email, key, hash, this.clock.instant());
			}
		}
		logger.info("Operator account {} is ready", email);
	}

	private Optional<String> problemWithPassword() {
		String password = this.properties.password();
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			return Optional.of("Use at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		return this.passwordPolicy.problemWith(password, this.properties.email());
	}

	/**
	 * Whether the row exists with a hash of the configured password (no write needed).
	 */
	private boolean passwordIsCurrent(String key) {
		return this.operators.findByEmailKey(key)
			.filter((current) -> this.passwordEncoder.matches(this.properties.password(), current.passwordHash()))
			.isPresent();
	}

}
