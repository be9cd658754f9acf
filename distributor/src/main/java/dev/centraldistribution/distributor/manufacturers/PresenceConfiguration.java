package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import javax.sql.DataSource;

import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Manufacturer presence: the failure detector and its periodic check, and the consumer of
 * the manufacturers' hellos, heartbeats and byes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PresenceProperties.class)
class PresenceConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PresenceConfiguration.class);

	@Bean
	FailureDetector failureDetector(Clock clock, PresenceProperties properties) {
		return new FailureDetector(clock, properties.missedHeartbeats(), properties.downAfter());
	}

	@Bean
	BaseUrlPolicy baseUrlPolicy(PresenceProperties properties) {
		return new BaseUrlPolicy(properties.ownPort(), properties.forbiddenBaseUrls());
	}

	@Bean
	HelloRateLimit helloRateLimit(Clock clock, PresenceProperties properties) {
		return new HelloRateLimit(clock, properties.maxHellosPerMinute());
	}

	@Bean
	PresenceListener presenceListener(PresenceProperties properties, JsonMapper json, AnnounceManufacturer announce,
			ManufacturerLiveness liveness, PresenceMetrics metrics, RabbitTemplate rabbit, Clock clock) {
		if (!properties.hasSecret()) {
			logger.warn("distributor.presence.secret is not set: every hello, heartbeat and bye is refused, "
					+ "and manufacturers are judged by their pulls alone");
		}
		PresenceInbox inbox = new PresenceInbox(properties, new PresenceMessageReader(json), announce, liveness, clock);
		return new PresenceListener(inbox, new PresenceRejections(metrics, clock),
				new PresenceDeadLetters(rabbit, clock), metrics);
	}

	/** One instance checks per interval, like the pulls. */
	@Bean
	@ConditionalOnBooleanProperty(name = "distributor.presence.enabled", matchIfMissing = true)
	ClusterSchedule presenceChecks(ManufacturerLiveness liveness, DataSource dataSource,
			PresenceProperties properties) {
		return ClusterSchedule.onSharedDatabase(dataSource, properties.checkJob(), liveness::checkAll);
	}

}
