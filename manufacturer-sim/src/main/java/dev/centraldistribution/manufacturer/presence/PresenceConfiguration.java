package dev.centraldistribution.manufacturer.presence;

import java.net.URI;
import java.time.Clock;

import dev.centraldistribution.contracts.PresenceSignature;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.messaging.ConfirmedPublisher;
import dev.centraldistribution.manufacturer.messaging.MessagingProperties;
import dev.centraldistribution.manufacturer.production.ProductionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Presence needs the broker: on when {@code manufacturer.messaging.enabled} is. Without a
 * secret it says so once at start and stays quiet.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "manufacturer.messaging.enabled", matchIfMissing = true)
class PresenceConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PresenceConfiguration.class);

	@Bean
	PresenceBeat presenceBeat(PresenceProperties presence, ManufacturerProperties manufacturer,
			ProductRangeRepository range, ProductionProperties production, MessagingProperties messaging,
			ConfirmedPublisher publisher, JsonMapper jsonMapper, ApplicationContext context, Clock clock) {
		PresencePublisher signedPublisher = null;
		if (presence.hasSecret()) {
			signedPublisher = new PresencePublisher(publisher, jsonMapper, new PresenceSignature(presence.secret()));
		}
		else {
			logger.warn(
					"manufacturer.presence.secret (MANUFACTURER_PRESENCE_SECRET) is not set: manufacturer {} "
							+ "does not announce itself to the distributor, which pulls it only if configured to",
					manufacturer.code());
		}
		return new PresenceBeat(new Announcements(manufacturer, range, production, presence, clock), signedPublisher,
				presence, () -> baseUrl(presence, context), clock, messaging.confirmTimeout().plusSeconds(1));
	}

	private static URI baseUrl(PresenceProperties presence, ApplicationContext context) {
		if (presence.baseUrl() != null) {
			return presence.baseUrl();
		}
		if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			return URI.create("http://127.0.0.1:" + web.getWebServer().getPort());
		}
		return null;
	}

}
