package dev.centraldistribution.distributor.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.EmailAddress;
import dev.centraldistribution.distributor.web.security.BackoffCounters.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides whether a password may be checked now, and counts the failures
 * ({@link SignInThrottleProperties}). Three counters, each with growing waits rather than
 * a lock:
 * <ul>
 * <li>per account and client address: the guesser of a password waits; the account's
 * owner, from another address, does not;</li>
 * <li>per client address: one address trying many accounts waits;</li>
 * <li>per account: many addresses guessing one account (a botnet) make it wait, but only
 * for addresses it has not signed in from recently: its owner, at home or at work, goes
 * on signing in. Someone on a new address may then have to wait; that is the price.</li>
 * </ul>
 * Sign-in forms, HTTP Basic on the metrics and the current-password checks of the account
 * pages share the counters. A separate counter per address limits how often sign-up
 * answers that an e-mail address is in use.
 * <p>
 * The check and the count are separate statements: a burst of attempts sent at the same
 * moment is checked against the counts before it. Each failed attempt costs the server a
 * password hash, and after the burst the wait is as long as its size makes it.
 */
@Component
class SignInThrottle {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	private final BackoffCounters counters;

	private final KnownAddresses knownAddresses;

	private final SignInThrottleProperties properties;

	SignInThrottle(BackoffCounters counters, KnownAddresses knownAddresses, SignInThrottleProperties properties) {
		this.counters = counters;
		this.knownAddresses = knownAddresses;
		this.properties = properties;
	}

	/**
	 * How long a password check for the account from this address is still refused.
	 * @param username the e-mail address as typed
	 * @param address the client's address
	 * @return the time left, empty when the password may be checked now
	 */
	Optional<Duration> refusal(String username, String address, Instant now) {
		String account = accountKey(username);
		String client = client(address);
		Map<String, Counter> counts = this.counters
			.read(List.of(pairSubject(account, client), addressSubject(client), accountSubject(account)));
		Optional<Instant> until = latest(
				refusedUntil(counts.get(pairSubject(account, client)), this.properties.perAccountAndAddress()),
				refusedUntil(counts.get(addressSubject(client)), this.properties.perAddress()));
		Optional<Instant> accountWide = refusedUntil(counts.get(accountSubject(account)), this.properties.perAccount());
		if (accountWide.filter(now::isBefore).isPresent()
				&& !this.knownAddresses.isKnown(account, client, now.minus(this.properties.knownAddressesFor()))) {
			until = latest(until, accountWide);
		}
		return until.filter(now::isBefore).map((end) -> Duration.between(now, end));
	}

	void failed(String username, String address, Instant now) {
		String account = accountKey(username);
		String client = client(address);
		this.counters.forgetExpired(now);
		count(pairSubject(account, client), now);
		count(addressSubject(client), now);
		count(accountSubject(account), now);
		logger.info("Failed password check from {}", client);
	}

	void succeeded(String username, String address, Instant now) {
		String account = accountKey(username);
		String client = client(address);
		this.counters.clear(pairSubject(account, client));
		this.knownAddresses.remember(account, client, now);
		this.knownAddresses.forgetBefore(now.minus(this.properties.knownAddressesFor()));
	}

	/** How long answers "this e-mail address is in use" to this address are refused. */
	Optional<Duration> takenAnswerRefusal(String address, Instant now) {
		String subject = takenSubject(client(address));
		return refusedUntil(this.counters.read(List.of(subject)).get(subject), this.properties.takenAnswersPerAddress())
			.filter(now::isBefore)
			.map((end) -> Duration.between(now, end));
	}

	void answeredTaken(String address, Instant now) {
		this.counters.forgetExpired(now);
		count(takenSubject(client(address)), now);
	}

	private void count(String subject, Instant now) {
		Duration forgetAfter = this.properties.forgetAfter();
		this.counters.count(subject, now, now.minus(forgetAfter), now.plus(forgetAfter));
	}

	private static Optional<Instant> refusedUntil(Counter counter, Backoff backoff) {
		return (counter != null) ? backoff.refusedUntil(counter.failures(), counter.lastFailureAt()) : Optional.empty();
	}

	@SafeVarargs
	private static Optional<Instant> latest(Optional<Instant>... ends) {
		return Arrays.stream(ends).flatMap(Optional::stream).max(Instant::compareTo);
	}

	/** An account by its e-mail key, whether it exists or not. */
	static String accountKey(String username) {
		String key = EmailAddress.keyOf(username);
		return key.substring(0, Math.min(key.length(), EmailAddress.MAX_LENGTH));
	}

	static String client(String address) {
		String value = (address != null) ? address : "unknown";
		return value.substring(0, Math.min(value.length(), 60));
	}

	static String pairSubject(String account, String client) {
		return "pair:" + account + "|" + client;
	}

	static String addressSubject(String client) {
		return "address:" + client;
	}

	static String accountSubject(String account) {
		return "account:" + account;
	}

	static String takenSubject(String client) {
		return "taken:" + client;
	}

}
