package dev.centraldistribution.distributor.web.platform.sessions;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the session store treats requests that change nothing in the session.
 *
 * @param touchInterval a session's last access time is written only when it moved by at
 * least this much: a session then expires between {@code server.servlet.session.timeout}
 * minus this interval and the timeout after its last request. Zero writes it on every
 * request, as Spring Session does.
 */
@Validated
@ConfigurationProperties("distributor.sessions")
record SessionStoreProperties(@DefaultValue("1m") @NotNull Duration touchInterval) {

	SessionStoreProperties {
		if (touchInterval != null && touchInterval.isNegative()) {
			throw new IllegalArgumentException("distributor.sessions.touch-interval must not be negative");
		}
	}

}
