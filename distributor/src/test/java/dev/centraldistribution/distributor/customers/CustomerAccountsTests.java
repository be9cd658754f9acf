package dev.centraldistribution.distributor.customers;

import java.util.List;

import dev.centraldistribution.distributor.Concurrently;
import dev.centraldistribution.distributor.Concurrently.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
class CustomerAccountsTests {

	@Autowired
	SignUp signUp;

	@Autowired
	ChangeProfile changeProfile;

	@Autowired
	ChangePassword changePassword;

	@Autowired
	CustomerDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	CustomerFixtures customers;

	@BeforeEach
	void fixtures() {
		this.customers = new CustomerFixtures(this.signUp);
	}

	@Test
	void signsUpAndFindsTheCustomerByEmailInAnyCase() {
		String email = CustomerFixtures.uniqueEmail().replace("customer", "New.Customer");

		Customer customer = this.signUp.signUp(new NewAccount("  Ada   Lovelace ", email, CustomerFixtures.PASSWORD));

		assertThat(customer.name()).isEqualTo("Ada Lovelace");
		assertThat(customer.email()).isEqualTo(email);
		assertThat(this.directory.findByEmail(email.toUpperCase())).contains(customer);
		assertThat(this.directory.find(customer.id())).contains(customer);
	}

	@Test
	void storesOnlyAHashOfThePassword() {
		Customer customer = this.customers.customer();

		String hash = this.jdbc.sql("select password_hash from customer where id = :id")
			.param("id", customer.id().value())
			.query(String.class)
			.single();

		assertThat(hash).startsWith("{bcrypt}").doesNotContain(CustomerFixtures.PASSWORD);
		assertThat(this.passwordEncoder.matches(CustomerFixtures.PASSWORD, hash)).isTrue();
	}

	@Test
	void refusesAnEmailAlreadyUsedInAnotherCase() {
		Customer existing = this.customers.customer();

		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.signUp
				.signUp(new NewAccount("Someone Else", existing.email().toUpperCase(), "another good passphrase")))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new FieldProblem("email", "An account with this e-mail address already exists. Sign in instead?")));
	}

	@Test
	void opensOneAccountWhenTheSameEmailSignsUpConcurrently() throws Exception {
		String email = CustomerFixtures.uniqueEmail();
		List<Outcome<Customer>> outcomes = Concurrently.run(4,
				() -> this.signUp.signUp(new NewAccount("Racer", email, CustomerFixtures.PASSWORD)));

		assertThat(outcomes).filteredOn((outcome) -> !outcome.failed()).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome::failed)
			.extracting(Outcome::failure)
			.hasOnlyElementsOfType(AccountDetailsRejectedException.class);
		assertThat(this.jdbc.sql("select count(*) from customer where email_key = :key")
			.param("key", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void reportsEveryProblemOfASignUpAtOnceWithoutEchoingThePassword() {
		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.signUp.signUp(new NewAccount(" ", "not-an-address", "password1")))
			.satisfies((ex) -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("name", "email", "password");
				assertThat(ex.getMessage()).doesNotContain("password1");
			});
	}

	@Test
	void changesNameAndEmailWithTheCurrentPassword() {
		Customer customer = this.customers.customer();
		String newEmail = CustomerFixtures.uniqueEmail();

		Customer changed = this.changeProfile.change(customer.id(),
				new ProfileEdit("Ada King", newEmail, CustomerFixtures.PASSWORD));

		assertThat(changed).isEqualTo(new Customer(customer.id(), newEmail, "Ada King"));
		assertThat(this.directory.findByEmail(newEmail)).contains(changed);
		assertThat(this.directory.findByEmail(customer.email())).isEmpty();
	}

	@Test
	void changesTheNameAloneWithoutThePassword() {
		Customer customer = this.customers.customer();

		Customer changed = this.changeProfile.change(customer.id(),
				new ProfileEdit("Countess of Lovelace", customer.email().toUpperCase(), null));

		assertThat(changed.name()).isEqualTo("Countess of Lovelace");
	}

	@Test
	void needsTheRightPasswordAndAFreeAddressToChangeTheEmail() {
		Customer customer = this.customers.customer();
		Customer other = this.customers.customer();

		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.changeProfile.change(customer.id(),
					new ProfileEdit("Ada", CustomerFixtures.uniqueEmail(), null)))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new FieldProblem("currentPassword", "Enter your current password to change your e-mail address.")));
		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.changeProfile.change(customer.id(),
					new ProfileEdit("Ada", CustomerFixtures.uniqueEmail(), "wrong password")))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("currentPassword", "That is not your current password.")));
		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.changeProfile.change(customer.id(),
					new ProfileEdit("Ada", other.email().toUpperCase(), CustomerFixtures.PASSWORD)))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("email", "Another account uses this e-mail address.")));
	}

	@Test
	void changesThePasswordGivenTheCurrentOne() {
		Customer customer = this.customers.customer();

		this.changePassword.change(customer.id(),
				new PasswordEdit(CustomerFixtures.PASSWORD, "a brand new passphrase"));

		String hash = this.directory.credentialsFor(customer.email()).orElseThrow().passwordHash();
		assertThat(this.passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
		assertThat(this.passwordEncoder.matches(CustomerFixtures.PASSWORD, hash)).isFalse();
	}

	@Test
	void refusesAPasswordChangeWithTheWrongCurrentPasswordOrAWeakNewOne() {
		Customer customer = this.customers.customer();

		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.changePassword.change(customer.id(), new PasswordEdit("nope", "iloveyou")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("currentPassword", "newPassword"));
		assertThatExceptionOfType(AccountDetailsRejectedException.class)
			.isThrownBy(() -> this.changePassword.change(customer.id(),
					new PasswordEdit(CustomerFixtures.PASSWORD, CustomerFixtures.PASSWORD)))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new FieldProblem("newPassword", "Choose a password different from your current one.")));
	}

}
