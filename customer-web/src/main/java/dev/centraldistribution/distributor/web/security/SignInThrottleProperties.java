package dev.centraldistribution.distributor.web.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed password checks are throttled ({@link SignInThrottle}): a few failures are
 * free, then each further one makes the next attempt wait, twice as long each time, from
 * {@code firstBackoff} up to {@code maxBackoff}. A counter with no failure for
 * {@code forgetAfter} starts again from zero.
 *
 * @param freeFailuresPerAccountAndAddress failures of one account from one client address
 * before backing off: the guesser waits, the account's owner elsewhere does not
 * @param freeFailuresPerAddress failures from one client address, whatever the accounts
 * (one address trying many accounts); more room, as many customers may share one
 * @param freeFailuresPerAccount failures of one account from any addresses (many
 * addresses guessing one password) before the account backs off for addresses it never
 * signed in from; addresses it signed in from within {@code knownAddressesFor} are not
 * held back
 * @param freeTakenAnswersPerAddress sign-up and profile answers "this e-mail address is
 * in use" to one client address before backing off (finding out who is a customer)
 * @param firstBackoff the wait after the first failure past the free ones
 * @param maxBackoff the longest wait
 * @param forgetAfter how long a counter lives without a new failure; longer than
 * {@code maxBackoff}
 * @param knownAddressesFor how long a successful sign-in makes its address known
 */
@Validated
@ConfigurationProperties("distributor.security.sign-in-throttle")
record SignInThrottleProperties(@DefaultValue("5") @Min(1) int freeFailuresPerAccountAndAddress,
		@DefaultValue("20") @Min(1) int freeFailuresPerAddress, @DefaultValue("50") @Min(1) int freeFailuresPerAccount,
		@DefaultValue("10") @Min(1) int freeTakenAnswersPerAddress, @DefaultValue("30s") @NotNull Duration firstBackoff,
		@DefaultValue("15m") @NotNull Duration maxBackoff, @DefaultValue("1h") @NotNull Duration forgetAfter,
		@DefaultValue("30d") @NotNull Duration knownAddressesFor) {

	SignInThrottleProperties {
		if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
			throw new IllegalArgumentException(
					"distributor.security.sign-in-throttle: first-backoff must be positive and at most max-backoff");
		}
		if (forgetAfter.compareTo(maxBackoff) <= 0) {
			throw new IllegalArgumentException(
					"distributor.security.sign-in-throttle: forget-after must be longer than max-backoff");
		}
	}

	Backoff perAccountAndAddress() {
		return new Backoff(this.freeFailuresPerAccountAndAddress, this.firstBackoff, this.maxBackoff);
	}

	Backoff perAddress() {
		return new Backoff(this.freeFailuresPerAddress, this.firstBackoff, this.maxBackoff);
	}

	Backoff perAccount() {
		return new Backoff(this.freeFailuresPerAccount, this.firstBackoff, this.maxBackoff);
	}

	Backoff takenAnswersPerAddress() {
		return new Backoff(this.freeTakenAnswersPerAddress, this.firstBackoff, this.maxBackoff);
	}

}
