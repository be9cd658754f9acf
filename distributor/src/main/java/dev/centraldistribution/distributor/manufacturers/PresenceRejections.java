package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * Counts every refused presence message and logs it on one line: the reason, the routing
 * key and message id as sent (cleaned by {@link LogSafe}), and what was wrong. A flood is
 * logged once in ten seconds per reason and routing key, with the number left out; the
 * metric counts them all.
 */
final class PresenceRejections {

	private static final Logger logger = LoggerFactory.getLogger(PresenceRejections.class);

	private static final Duration QUIET = Duration.ofSeconds(10);

	/** Reasons and routing keys remembered at most, the oldest forgotten first. */
	private static final int REMEMBERED = 1_000;

	private final PresenceMetrics metrics;

	private final Clock clock;

	private final Map<String, Quiet> lastLogged = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Quiet> eldest) {
			return size() > REMEMBERED;
		}
	};

	PresenceRejections(PresenceMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.clock = clock;
	}

	void record(Message message, RejectedPresenceException rejection) {
		PresenceRejection reason = rejection.reason();
		this.metrics.rejected(reason);
		MessageProperties properties = message.getMessageProperties();
		long leftOut = leftOutSinceLastLine(reason.tag() + " " + properties.getReceivedRoutingKey());
		if (leftOut < 0) {
			return;
		}
		logger.warn("Refused presence message {} with routing key {} ({}): {}{}",
				LogSafe.quote(properties.getMessageId()), LogSafe.quote(properties.getReceivedRoutingKey()),
				reason.tag(), rejection.getMessage(),
				(leftOut > 0) ? " (and " + leftOut + " more like it since the last such line)" : "");
	}

	/** How many were left out since the last line; -1 to leave this one out too. */
	private synchronized long leftOutSinceLastLine(String key) {
		Instant now = this.clock.instant();
		Quiet quiet = this.lastLogged.get(key);
		if (quiet != null && now.isBefore(quiet.loggedAt.plus(QUIET)) && !now.isBefore(quiet.loggedAt)) {
			quiet.leftOut++;
			return -1;
		}
		long leftOut = (quiet != null) ? quiet.leftOut : 0;
		this.lastLogged.put(key, new Quiet(now));
		return leftOut;
	}

	private static final class Quiet {

		private final Instant loggedAt;

		private long leftOut;

		Quiet(Instant loggedAt) {
			this.loggedAt = loggedAt;
		}

	}

}
