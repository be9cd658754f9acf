package dev.centraldistribution.distributor.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for an account or from a client address that failed too often recently
 * (see {@link SignInThrottleProperties}). A successful sign-in clears the account's
 * counter; the address's counter runs out on its own.
 */
@Component
class SignInThrottle {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	private final ThrottleCounters counters;

	private final SignInThrottleProperties properties;

	private final ThrottleTimes times;

	SignInThrottle(ThrottleCounters counters, SignInThrottleProperties properties) {
		this.counters = counters;
		this.properties = properties;
		this.times = new ThrottleTimes(properties.window(), properties.lockout());
	}

	/**
	 * How long sign-ins for an account or from an address are still refused.
	 * @param username the e-mail address as typed
	 * @param address the client's address
	 * @return the time left, empty when a sign-in may be tried
	 */
	Optional<Duration> refusal(String username, String address, Instant now) {
		return this.counters.lockedUntil(List.of(account(username), address(address)), now)
			.map((until) -> Duration.between(now, until));
	}

	void failed(String username, String address, Instant now) {
		this.counters.forgetExpired(now);
		this.counters.recordFailure(account(username), this.properties.maxFailuresPerAccount(), now, this.times);
		this.counters.recordFailure(address(address), this.properties.maxFailuresPerAddress(), now, this.times);
		logger.info("Failed sign-in from {}", address);
	}

	void succeeded(String username) {
		this.counters.clear(account(username));
	}

	static String account(String username) {
		String key = EmailAddress.keyOf(username);
		return "account:" + key.substring(0, Math.min(key.length(), EmailAddress.MAX_LENGTH));
	}

	static String address(String address) {
		String value = (address != null) ? address : "unknown";
		return "address:" + value.substring(0, Math.min(value.length(), 60));
	}

}
