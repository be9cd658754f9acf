package dev.centraldistribution.distributor.livechanges;

import java.time.Instant;
import java.util.Date;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * The AMQP form every live-change notice takes: JSON, typed, non-persistent (a notice is
 * worth nothing once stale, so it is never written to the broker's disk).
 */
public final class LiveNotices {

	private LiveNotices() {
	}

	/**
	 * A notice as a message.
	 * @param json the notice, written as JSON
	 * @param messageId its id
	 * @param type its type, which the listener checks before reading it
	 * @param sentAt when it was sent
	 * @return the message to send to the kind's fanout exchange
	 */
	public static Message message(byte[] json, String messageId, String type, Instant sentAt) {
		return MessageBuilder.withBody(json)
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(messageId)
			.setType(type)
			.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT)
			.setTimestamp(Date.from(sentAt))
			.build();
	}

}
