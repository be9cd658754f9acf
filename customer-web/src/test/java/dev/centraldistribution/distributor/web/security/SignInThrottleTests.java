package dev.centraldistribution.distributor.web.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic, with the default limits, at chosen moments instead of the
 * clock's (each test has accounts and addresses of its own).
 */
@SpringBootTest
class SignInThrottleTests {

	/** Now, to the second: the throttle is given every moment, and no date is special. */
	static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	SignInThrottle throttle;

	final String account = CustomerFixtures.uniqueEmail();

	final String address = Addresses.unique();

	@Test
	void waitsDoubleFromThirtySecondsToFifteenMinutes() {
		Instant now = START;
		for (int failure = 1; failure <= 5; failure++) {
			this.throttle.failed(this.account, this.address, now);
			assertThat(this.throttle.refusal(this.account, this.address, now)).isEmpty();
		}
		for (Duration wait : new Duration[] { Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
				Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15) }) {
			this.throttle.failed(this.account, this.address, now);
			assertThat(this.throttle.refusal(this.account, this.address, now)).contains(wait);
			assertThat(this.throttle.refusal(this.account, this.address, now.plus(wait).minusSeconds(1)))
				.contains(Duration.ofSeconds(1));
			now = now.plus(wait);
			assertThat(this.throttle.refusal(this.account, this.address, now)).isEmpty();
		}
	}

	@Test
	void forgetsFailuresAfterAnHourWithoutOne() {
		for (int failure = 1; failure <= 6; failure++) {
			this.throttle.failed(this.account, this.address, START);
		}
		Instant anHourLater = START.plus(Duration.ofHours(1));

		this.throttle.failed(this.account, this.address, anHourLater);

		assertThat(this.throttle.refusal(this.account, this.address, anHourLater)).as("counting from one again")
			.isEmpty();
	}

	@Test
	void manyAddressesGuessingOneAccountHoldBackNewAddressesOnly() {
		String home = Addresses.unique();
		this.throttle.succeeded(this.account, home, START);
		for (int guesser = 1; guesser <= 51; guesser++) {
			this.throttle.failed(this.account, Addresses.unique(), START);
		}

		assertThat(this.throttle.refusal(this.account, Addresses.unique(), START)).contains(Duration.ofSeconds(30));
		assertThat(this.throttle.refusal(this.account, home, START)).as("where the owner signed in before").isEmpty();
	}

	@Test
	void anAddressSignedInFromMoreThanThirtyDaysAgoIsNewAgain() {
		String home = Addresses.unique();
		this.throttle.succeeded(this.account, home, START);
		Instant later = START.plus(Duration.ofDays(31));
		for (int guesser = 1; guesser <= 51; guesser++) {
			this.throttle.failed(this.account, Addresses.unique(), later);
		}

		assertThat(this.throttle.refusal(this.account, home, later)).contains(Duration.ofSeconds(30));
	}

	@Test
	void answersThatAnAddressIsInUseAreFreeTenTimesThenWait() {
		for (int answer = 1; answer <= 10; answer++) {
			this.throttle.answeredTaken(this.address, START);
		}
		assertThat(this.throttle.takenAnswerRefusal(this.address, START)).isEmpty();

		this.throttle.answeredTaken(this.address, START);

		assertThat(this.throttle.takenAnswerRefusal(this.address, START)).contains(Duration.ofSeconds(30));
		assertThat(this.throttle.takenAnswerRefusal(Addresses.unique(), START)).isEmpty();
	}

}
