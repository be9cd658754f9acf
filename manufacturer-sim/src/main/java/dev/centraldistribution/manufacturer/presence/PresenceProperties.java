package dev.centraldistribution.manufacturer.presence;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import dev.centraldistribution.contracts.PresenceSignature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the manufacturer announces itself to the distributor
 * ({@code manufacturer.presence.*}). It needs the broker
 * ({@code manufacturer.messaging.enabled}) and the secret.
 *
 * @param secret the secret shared with the distributor, at least 16 characters
 * ({@code MANUFACTURER_PRESENCE_SECRET}); without it the manufacturer does not announce
 * itself, and still serves its offerings to a distributor that has it configured
 * @param heartbeatInterval time between two heartbeats, from 100 ms to 30 s; told to the
 * distributor in the hello
 * @param helloInterval the hello is sent again this often, in case the distributor forgot
 * it (a database restored, a hello refused)
 * @param baseUrl where the distributor pulls the offerings; when absent,
 * {@code http://127.0.0.1:<the port the web server listens on>}
 */
@Validated
@ConfigurationProperties("manufacturer.presence")
public record PresenceProperties(String secret, @NotNull @DefaultValue("2s") Duration heartbeatInterval,
		@NotNull @DefaultValue("1m") Duration helloInterval, URI baseUrl) {

	boolean hasSecret() {
		return this.secret != null && !this.secret.isEmpty();
	}

	@AssertTrue(message = "must be at least " + PresenceSignature.MIN_SECRET_LENGTH + " characters long, or unset")
	public boolean isSecretLongEnough() {
		return !hasSecret() || this.secret.length() >= PresenceSignature.MIN_SECRET_LENGTH;
	}

	@AssertTrue(message = "heartbeat-interval must be from 100ms to 30s, hello-interval at least 1s")
	public boolean isIntervalsSensible() {
		return this.heartbeatInterval == null || this.helloInterval == null
				|| (this.heartbeatInterval.compareTo(Duration.ofMillis(100)) >= 0
						&& this.heartbeatInterval.compareTo(Duration.ofSeconds(30)) <= 0
						&& this.helloInterval.compareTo(Duration.ofSeconds(1)) >= 0);
	}

	@AssertTrue(message = "base-url must be an absolute http(s) URL")
	public boolean isBaseUrlHttp() {
		return this.baseUrl == null || (this.baseUrl.isAbsolute() && this.baseUrl.getHost() != null
				&& ("http".equals(this.baseUrl.getScheme()) || "https".equals(this.baseUrl.getScheme())));
	}

}
