package dev.centraldistribution.distributor.operators;

import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.Concurrently;
import dev.centraldistribution.distributor.Concurrently.Outcome;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.FieldProblem;
import dev.centraldistribution.distributor.customers.NewAccount;
import dev.centraldistribution.distributor.customers.PasswordPolicy;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The operator account is what the configuration says, however often and however many
 * instances apply it. Each test applies a configuration of its own; afterwards the
 * context's own (distributor-core-tests.yaml) is applied again.
 */
@SpringBootTest
class OperatorAccountFromConfigurationTests {

	static final String PASSWORD = "several unrelated words here";

	@Autowired
	OperatorAccountFromConfiguration contextsOwn;

	@Autowired
	OperatorRepository operators;

	@Autowired
	CustomerDirectory customers;

	@Autowired
	PasswordPolicy passwordPolicy;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	OperatorDirectory directory;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	final String email = "ops-" + UUID.randomUUID() + "@example.com";

	@AfterEach
	void restoreTheContextsOperator() {
		this.contextsOwn.apply();
	}

	@Test
	void createsTheConfiguredOperatorAsTheOnlyOne() {
		configured(this.email, PASSWORD).apply();

		assertThat(this.jdbc.sql("select email from operator").query(String.class).list()).containsExactly(this.email);
		OperatorCredentials credentials = this.directory.credentialsFor(this.email.toUpperCase()).orElseThrow();
		assertThat(this.passwordEncoder.matches(PASSWORD, credentials.passwordHash())).isTrue();
	}

	@Test
	void leavesAnOperatorWhosePasswordIsCurrentUntouched() {
		configured(this.email, PASSWORD).apply();
		String hash = this.directory.credentialsFor(this.email).orElseThrow().passwordHash();

		configured(this.email, PASSWORD).apply();

		assertThat(this.directory.credentialsFor(this.email).orElseThrow().passwordHash()).isEqualTo(hash);
	}

	@Test
	void takesANewPasswordAndANewAddress() {
		configured(this.email, PASSWORD).apply();
		configured(this.email, "another set of words").apply();
		assertThat(this.passwordEncoder.matches("another set of words",
				this.directory.credentialsFor(this.email).orElseThrow().passwordHash()))
			.isTrue();

		String newEmail = "new-" + this.email;
		configured(newEmail, PASSWORD).apply();

		assertThat(this.directory.credentialsFor(this.email)).isEmpty();
		assertThat(this.directory.credentialsFor(newEmail)).isPresent();
	}

	@Test
	void removesEveryOperatorWhenNoneIsConfigured() {
		configured(this.email, PASSWORD).apply();

		configured(null, null).apply();

		assertThat(this.jdbc.sql("select count(*) from operator").query(Long.class).single()).isZero();
	}

	@Test
	void instancesStartingTogetherMakeOneOperator() throws Exception {
		List<Outcome<Boolean>> outcomes = Concurrently.run(8, () -> {
			configured(this.email, PASSWORD).apply();
			return true;
		});

		assertThat(outcomes).allMatch((outcome) -> outcome.failure() == null);
		assertThat(this.jdbc.sql("select count(*) from operator where email = :email")
			.param("email", this.email)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.passwordEncoder.matches(PASSWORD,
				this.directory.credentialsFor(this.email).orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void refusesAWeakPasswordSayingWhy() {
		assertThatIllegalStateException().isThrownBy(() -> configured(this.email, "short words").apply())
			.withMessage("distributor.operator.password is too weak: Use at least 12 characters. "
					+ "The operator account was not created.");
		assertThatIllegalStateException().isThrownBy(() -> configured(this.email, "password1234").apply())
			.withMessageStartingWith("distributor.operator.password is too weak: This password is too easy to guess.");
		assertThat(this.directory.credentialsFor(this.email)).isEmpty();
	}

	@Test
	void refusesTheAddressOfACustomer() {
		Customer customer = new CustomerFixtures(this.signUp).customer();

		assertThatIllegalStateException().isThrownBy(() -> configured(customer.email(), PASSWORD).apply())
			.withMessageContaining("is the e-mail address of a customer account");
	}

	@Test
	void keepsCustomersFromTheOperatorsAddress() {
		configured(this.email, PASSWORD).apply();

		assertThat(this.signUp
			.problemsWith(new NewAccount("Mallory", this.email.toUpperCase(), CustomerFixtures.PASSWORD)))
			.containsExactly(new FieldProblem("email", SignUp.EMAIL_TAKEN));
	}

	private OperatorAccountFromConfiguration configured(String email, String password) {
		return new OperatorAccountFromConfiguration(new OperatorProperties(email, password), this.operators,
				this.customers, this.passwordPolicy, this.passwordEncoder);
	}

}
