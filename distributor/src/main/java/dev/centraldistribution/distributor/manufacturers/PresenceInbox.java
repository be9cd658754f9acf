package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.PresenceMessage;
import dev.centraldistribution.contracts.PresenceSignature;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * Takes one presence message as delivered and applies it, or refuses it with a
 * {@link RejectedPresenceException}. The checks go from the cheapest to the dearest, and
 * nothing is parsed before the signature is known to be good: size, signature, kind and
 * fields, versions, time of sending, then what the message says (registration, order).
 */
final class PresenceInbox {

	private final PresenceProperties properties;

	private final PresenceSignature signature;

	private final PresenceMessageReader reader;

	private final AnnounceManufacturer announce;

	private final ManufacturerLiveness liveness;

	private final Clock clock;

	PresenceInbox(PresenceProperties properties, PresenceMessageReader reader, AnnounceManufacturer announce,
			ManufacturerLiveness liveness, Clock clock) {
		this.properties = properties;
		this.signature = properties.hasSecret() ? new PresenceSignature(properties.secret()) : null;
		this.reader = reader;
		this.announce = announce;
		this.liveness = liveness;
		this.clock = clock;
	}

	/**
	 * @return the message applied
	 * @throws RejectedPresenceException when it is refused; nothing of it is stored then
	 */
	PresenceMessage receive(Message message) {
		byte[] body = message.getBody();
		if (body.length > this.properties.maxMessageSize().toBytes()) {
			throw new RejectedPresenceException(PresenceRejection.OVERSIZED,
					body.length + " bytes, more than " + this.properties.maxMessageSize());
		}
		checkSignature(message.getMessageProperties(), body);
		PresenceMessage presence = this.reader.read(message.getMessageProperties().getReceivedRoutingKey(), body);
		checkTimeOfSending(presence);
		if (presence instanceof ManufacturerHello hello) {
			this.announce.announce(hello);
		}
		else if (presence instanceof ManufacturerHeartbeat heartbeat) {
			this.liveness.heartbeat(heartbeat);
		}
		else if (presence instanceof ManufacturerBye bye) {
			this.liveness.bye(bye);
		}
		return presence;
	}

	private void checkSignature(MessageProperties properties, byte[] body) {
		if (this.signature == null) {
			throw new RejectedPresenceException(PresenceRejection.NO_SECRET,
					"distributor.presence.secret is not set on this instance");
		}
		Object signed = properties.getHeaders().get(PresenceSignature.HEADER);
		if (signed == null) {
			throw new RejectedPresenceException(PresenceRejection.MISSING_SIGNATURE,
					"no " + PresenceSignature.HEADER + " header");
		}
		if (!this.signature.matches(body, signed.toString())) {
			throw new RejectedPresenceException(PresenceRejection.BAD_SIGNATURE,
					"the signature is not the body's under the shared secret");
		}
	}

	private void checkTimeOfSending(PresenceMessage presence) {
		Instant now = this.clock.instant();
		Duration skew = Duration.between(presence.sentAt(), now).abs();
		if (skew.compareTo(this.properties.maxClockSkew()) > 0) {
			throw new RejectedPresenceException(PresenceRejection.OUT_OF_TIME,
					presence.kind() + " sent at " + presence.sentAt() + ", " + skew.toSeconds()
							+ " s from now, more than " + this.properties.maxClockSkew().toSeconds() + " s");
		}
	}

}
