package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.Concurrently;
import dev.centraldistribution.distributor.Concurrently.Outcome;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest
class SimulatedPaymentGatewayTests {

	final PaymentGateway gateway;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final CardFixtures cards;

	final CustomerFixtures customers;

	Customer customer;

	// Constructor injection: field injection of another module's bean breaks the module
	// rules.
	@Autowired
	SimulatedPaymentGatewayTests(PaymentGateway gateway, CardVault vault, SignUp signUp, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.gateway = gateway;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cards = new CardFixtures(vault);
		this.customers = new CustomerFixtures(signUp);
	}

	@BeforeEach
	void aCustomer() {
		this.customer = this.customers.customer();
	}

	@Test
	void showsTheCardOnFileMasked() {
		assertThat(this.gateway.cardOnFile(this.customer.id())).isEmpty();

		this.cards.card(this.customer.id(), "5555-5555-5555-4444");

		assertThat(this.gateway.cardOnFile(this.customer.id())).hasValueSatisfying((card) -> {
			assertThat(card.display()).isEqualTo("Mastercard •••• 4444");
			assertThat(card.expiry()).isEqualTo(YearMonth.now(ZoneOffset.UTC).plusYears(3));
		});
	}

	@Test
	void keepsNeitherTheFullNumberNorAnythingButTheLastFourDigits() {
		this.cards.card(this.customer.id(), "4111 1111 1111 1111");

		String row = this.jdbc.sql("select * from payment_card where customer_id = :id")
			.param("id", this.customer.id().value())
			.query((resultSet, rowNumber) -> {
				StringBuilder values = new StringBuilder();
				for (int column = 1; column <= resultSet.getMetaData().getColumnCount(); column++) {
					values.append(resultSet.getString(column)).append('|');
				}
				return values.toString();
			})
			.single();
		assertThat(row).contains("|1111|").doesNotContain("411111", "11111111");
	}

	@Test
	void approvesAChargeAgainstAValidCardAndRecordsIt() {
		this.cards.approving(this.customer.id());

		PaymentAuthorization authorization = this.gateway.authorize(charge(key(), 12_345));

		assertThat(authorization.approved()).isTrue();
		assertThat(authorization.reference()).startsWith("auth_");
		assertThat(authorization.declineReason()).isNull();
		assertThat(amountOf(authorization.reference())).isEqualTo(12_345);
	}

	@Test
	void declinesForTheDocumentedTestCards() {
		assertThat(authorizeWith(CardFixtures.DECLINING)).isEqualTo(PaymentAuthorization.declined("Card declined"));
		assertThat(authorizeWith(CardFixtures.INSUFFICIENT_FUNDS))
			.isEqualTo(PaymentAuthorization.declined("Insufficient funds"));
		assertThat(authorizeWith("4000 0000 0000 0069")).isEqualTo(PaymentAuthorization.declined("Card expired"));
	}

	@Test
	void declinesWhenThereIsNoCardOrItHasExpiredSinceItWasFiled() {
		assertThat(this.gateway.authorize(charge(key(), 100)))
			.isEqualTo(PaymentAuthorization.declined("No card on file"));

		this.cards.approving(this.customer.id());
		YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
		this.jdbc.sql("update payment_card set expiry_year = :year, expiry_month = :month where customer_id = :id")
			.param("year", lastMonth.getYear())
			.param("month", lastMonth.getMonthValue())
			.param("id", this.customer.id().value())
			.update();

		assertThat(this.gateway.authorize(charge(key(), 100))).isEqualTo(PaymentAuthorization.declined("Card expired"));
	}

	@Test
	void answersARepeatedRequestWithTheFirstAnswer() {
		this.cards.approving(this.customer.id());
		String key = key();

		PaymentAuthorization first = this.gateway.authorize(charge(key, 500));
		this.cards.card(this.customer.id(), CardFixtures.DECLINING);
		PaymentAuthorization again = this.gateway.authorize(charge(key, 500));

		assertThat(again).isEqualTo(first);
		assertThat(authorizationsWith(key)).isEqualTo(1);
	}

	@Test
	void answersARepeatedDeclineWithTheSameDecline() {
		this.cards.card(this.customer.id(), CardFixtures.INSUFFICIENT_FUNDS);
		String key = key();

		PaymentAuthorization first = this.gateway.authorize(charge(key, 500));
		this.cards.approving(this.customer.id());

		assertThat(this.gateway.authorize(charge(key, 500))).isEqualTo(first);
	}

	@Test
	void refusesAKeyReusedForADifferentCharge() {
		this.cards.approving(this.customer.id());
		String key = key();
		this.gateway.authorize(charge(key, 500));

		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.authorize(charge(key, 501)))
			.withMessageContaining("already used for a different charge");
	}

	@Test
	void authorisesOnceWhenTheSameKeyArrivesConcurrently() throws Exception {
		this.cards.approving(this.customer.id());
		String key = key();

		List<Outcome<PaymentAuthorization>> outcomes = Concurrently.run(8,
				() -> this.gateway.authorize(charge(key, 2_500)));

		assertThat(outcomes).noneMatch(Outcome::failed);
		assertThat(outcomes).extracting(Outcome::value).allMatch(PaymentAuthorization::approved).hasSize(8);
		assertThat(outcomes.stream().map((outcome) -> outcome.value().reference()).distinct()).hasSize(1);
		assertThat(authorizationsWith(key)).isEqualTo(1);
	}

	@Test
	void staysOutsideTheCallersTransaction() {
		this.cards.approving(this.customer.id());
		String key = key();

		this.transactions.executeWithoutResult((status) -> {
			this.gateway.authorize(charge(key, 100));
			status.setRollbackOnly();
		});

		assertThat(authorizationsWith(key)).as("like a real gateway, the authorisation outlives a rollback")
			.isEqualTo(1);
	}

	@Test
	void refundsPartsOfAnAuthorisationUpToItsAmount() {
		String reference = approved(1_000);

		this.gateway.refund(reference, 300, key());
		this.gateway.refund(reference, 700, key());

		assertThat(refundedOf(reference)).isEqualTo(1_000);
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund(reference, 1, key()))
			.withMessageContaining("exceeds the 0 left");
		assertThat(refundedOf(reference)).isEqualTo(1_000);
	}

	@Test
	void refundsOncePerKey() {
		String reference = approved(1_000);
		String key = key();

		this.gateway.refund(reference, 400, key);
		this.gateway.refund(reference, 400, key);

		assertThat(refundedOf(reference)).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from payment_refund where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund(reference, 401, key))
			.withMessageContaining("already used for a different refund");
	}

	@Test
	void refundsOnceWhenTheSameRefundArrivesConcurrently() throws Exception {
		String reference = approved(1_000);
		String key = key();

		List<Outcome<Boolean>> outcomes = Concurrently.run(8, () -> {
			this.gateway.refund(reference, 600, key);
			return true;
		});

		assertThat(outcomes).noneMatch(Outcome::failed);
		assertThat(refundedOf(reference)).isEqualTo(600);
	}

	@Test
	void neverRefundsMoreThanWasAuthorisedHoweverRefundsRace() throws Exception {
		String reference = approved(1_000);

		List<Outcome<Boolean>> outcomes = Concurrently.run(8, () -> {
			this.gateway.refund(reference, 300, key());
			return true;
		});

		assertThat(outcomes).filteredOn((outcome) -> !outcome.failed()).hasSize(3);
		assertThat(outcomes).filteredOn(Outcome::failed)
			.extracting(Outcome::failure)
			.hasOnlyElementsOfType(IllegalArgumentException.class);
		assertThat(refundedOf(reference)).isEqualTo(900);
		assertThat(this.jdbc.sql("select sum(amount_cents) from payment_refund where authorization_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single()).isEqualTo(900);
	}

	@Test
	void refusesRefundsOfUnknownDeclinedOrReleasedAuthorisations() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund("auth_unknown", 100, key()))
			.withMessageContaining("No authorisation");
		this.cards.card(this.customer.id(), CardFixtures.DECLINING);
		String declinedKey = key();
		this.gateway.authorize(charge(declinedKey, 100));
		String declined = this.jdbc.sql("select reference from payment_authorization where idempotency_key = :key")
			.param("key", declinedKey)
			.query(String.class)
			.single();
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund(declined, 100, key()))
			.withMessageContaining("is declined");

		this.cards.approving(this.customer.id());
		String released = approved(100);
		this.gateway.release(released);
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund(released, 100, key()))
			.withMessageContaining("is released");
	}

	@Test
	void releasesOnceAndIgnoresUnknownReferences() {
		String reference = approved(100);

		this.gateway.release(reference);
		this.gateway.release(reference);
		this.gateway.release("auth_unknown");

		assertThat(this.jdbc.sql("select status from payment_authorization where reference = :r")
			.param("r", reference)
			.query(String.class)
			.single()).isEqualTo("RELEASED");
	}

	@Test
	void refusesNonsensicalRequests() {
		assertThatIllegalArgumentException().isThrownBy(() -> charge(" ", 100));
		assertThatIllegalArgumentException().isThrownBy(() -> charge(key(), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.gateway.authorize(new ChargeRequest(key(), this.customer.id(), 100, "euro")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund("auth_x", -1, key()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.gateway.refund("auth_x", 1, ""));
	}

	private PaymentAuthorization authorizeWith(String cardNumber) {
		this.cards.card(this.customer.id(), cardNumber);
		return this.gateway.authorize(charge(key(), 1_000));
	}

	private String approved(long amountCents) {
		this.cards.approving(this.customer.id());
		PaymentAuthorization authorization = this.gateway.authorize(charge(key(), amountCents));
		assertThat(authorization.approved()).isTrue();
		return authorization.reference();
	}

	private ChargeRequest charge(String key, long amountCents) {
		return charge(key, this.customer.id(), amountCents);
	}

	private static ChargeRequest charge(String key, CustomerId customer, long amountCents) {
		return new ChargeRequest(key, customer, amountCents, "EUR");
	}

	private static String key() {
		return "test-" + UUID.randomUUID();
	}

	private long authorizationsWith(String key) {
		return this.jdbc.sql("select count(*) from payment_authorization where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private long amountOf(String reference) {
		return this.jdbc.sql("select amount_cents from payment_authorization where reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

	private long refundedOf(String reference) {
		return this.jdbc.sql("select refunded_cents from payment_authorization where reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

}
