package dev.centraldistribution.distributor.manufacturers;

import java.util.Map;

import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PresenceMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a signed presence message: its kind from the routing key, its body as that kind,
 * and what every presence message must carry. What a hello says of the manufacturer is
 * checked by {@link AnnounceManufacturer}.
 */
final class PresenceMessageReader {

	private static final Map<String, Kind> KINDS = Map.of(ManufacturerHello.KIND,
			new Kind(ManufacturerHello.class, ManufacturerHello.SCHEMA_VERSION), ManufacturerHeartbeat.KIND,
			new Kind(ManufacturerHeartbeat.class, ManufacturerHeartbeat.SCHEMA_VERSION), ManufacturerBye.KIND,
			new Kind(ManufacturerBye.class, ManufacturerBye.SCHEMA_VERSION));

	private final JsonMapper json;

	PresenceMessageReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param routingKey {@code <kind>.<code>}
	 * @param body the JSON body, already known to be signed with our secret
	 * @throws RejectedPresenceException unreadable, or of an unknown schema or contract
	 * version
	 */
	PresenceMessage read(String routingKey, byte[] body) {
		int dot = (routingKey != null) ? routingKey.indexOf('.') : -1;
		Kind kind = (dot > 0) ? KINDS.get(routingKey.substring(0, dot)) : null;
		if (kind == null) {
			throw unreadable("routing key " + LogSafe.quote(routingKey) + " names no kind of presence message");
		}
		PresenceMessage message;
		try {
			message = this.json.readValue(body, kind.type());
		}
		catch (JacksonException ex) {
			throw unreadable("not a JSON " + kind.type().getSimpleName() + " (" + ex.getClass().getSimpleName() + ")");
		}
		if (message == null) {
			throw unreadable("an empty body");
		}
		checkCommonFields(message, routingKey);
		if (message.schemaVersion() != kind.schemaVersion()) {
			throw new RejectedPresenceException(PresenceRejection.UNKNOWN_VERSION,
					"schema version " + message.schemaVersion() + " of " + message.kind());
		}
		if (message instanceof ManufacturerHello hello
				&& hello.contractVersion() != ManufacturerHello.CONTRACT_VERSION) {
			throw new RejectedPresenceException(PresenceRejection.UNKNOWN_VERSION,
					"contract version " + hello.contractVersion());
		}
		return message;
	}

	private static void checkCommonFields(PresenceMessage message, String routingKey) {
		String code = message.manufacturerCode();
		if (code == null || !MessagingTopology.MANUFACTURER_CODE.matcher(code).matches()) {
			throw unreadable("manufacturer code " + LogSafe.quote(code) + " is not a code");
		}
		if (!routingKey.equals(MessagingTopology.presenceRoutingKey(message))) {
			throw unreadable(
					"routing key " + LogSafe.quote(routingKey) + " does not match the body's manufacturer " + code);
		}
		if (message.messageId() == null || message.messageId().isBlank() || message.sentAt() == null) {
			throw unreadable("no message id or no time of sending");
		}
		String instance = message.instanceId();
		if (instance == null || instance.isBlank() || instance.length() > PresenceMessage.MAX_INSTANCE_ID_LENGTH
				|| instance.codePoints().anyMatch(Character::isISOControl) || message.sequence() < 1) {
			throw unreadable("no usable instance id and sequence number");
		}
	}

	private static RejectedPresenceException unreadable(String detail) {
		return new RejectedPresenceException(PresenceRejection.UNREADABLE, detail);
	}

	private record Kind(Class<? extends PresenceMessage> type, int schemaVersion) {
	}

}
