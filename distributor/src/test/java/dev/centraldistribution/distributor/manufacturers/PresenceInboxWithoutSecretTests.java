package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An instance without a presence secret cannot tell a manufacturer from a forger: it
 * refuses every presence message, before reading it.
 */
class PresenceInboxWithoutSecretTests {

	@Test
	void refusesEverySignedMessage() {
		PresenceProperties noSecret = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("distributor.presence", PresenceProperties.class);
		PresenceInbox inbox = new PresenceInbox(noSecret, new PresenceMessageReader(JsonMapper.builder().build()), null,
				null, Clock.systemUTC());
		PresenceMessages acme = new PresenceMessages("acme", Clock.systemUTC());
		Message hello = acme.signed(acme.hello("http://127.0.0.1:30099"));

		assertThatExceptionOfType(RejectedPresenceException.class).isThrownBy(() -> inbox.receive(hello))
			.extracting(RejectedPresenceException::reason)
			.isEqualTo(PresenceRejection.NO_SECRET);
	}

}
