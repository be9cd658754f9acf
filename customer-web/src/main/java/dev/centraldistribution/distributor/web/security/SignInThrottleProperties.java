package dev.centraldistribution.distributor.web.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins are tolerated before further attempts are refused for a while.
 * Counted per account and per client address; an address gets more room than an account
 * because many customers may share one (an office, a mobile carrier).
 *
 * @param maxFailuresPerAccount failures for one e-mail address within the window that
 * lock it
 * @param maxFailuresPerAddress failures from one client address within the window that
 * lock it
 * @param window how far back failures count
 * @param lockout how long a locked account or address is refused
 */
@Validated
@ConfigurationProperties("distributor.security.sign-in-throttle")
record SignInThrottleProperties(@DefaultValue("5") @Min(1) int maxFailuresPerAccount,
		@DefaultValue("20") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") @NotNull Duration window,
		@DefaultValue("15m") @NotNull Duration lockout) {

}
