package dev.centraldistribution.distributor.confirmations;

import dev.centraldistribution.logging.LogFields;
import java.io.IOException;
import java.time.Clock;

import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.distributor.orders.AnswerOutcome;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.SubOrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Consumes the manufacturers' acknowledgements from the queue all instances share, and
 * acks each delivery only once its effect is committed. Shipment and delivery reports and
 * answers to cancellations arrive on the same queue and go to
 * {@link ManufacturerReports}.
 * <p>
 * A message that cannot be read (broken JSON, another type, an unknown schema version, a
 * routing key naming another manufacturer) is logged and acked: redelivering it would
 * fail the same way, and the queue is shared with RabbitMQ deployments that declared it
 * without dead-lettering arguments, which a redeclaration cannot add. A failure to apply
 * a readable acknowledgement (database down) hands it back once; a second failure drops
 * it with an error, and its sub-order then shows as waiting past the deadline.
 */
@Component
@EnableConfigurationProperties(ConfirmationsProperties.class)
class AcknowledgementListener {

	private static final Logger logger = LoggerFactory.getLogger(AcknowledgementListener.class);

	private final JsonMapper json;

	private final AcknowledgeSubOrder acknowledge;

	private final RejectedLineRefunds refunds;

	private final ConfirmationMetrics metrics;

	private final ManufacturerReports reports;

	private final Clock clock;

	AcknowledgementListener(JsonMapper json, AcknowledgeSubOrder acknowledge, RejectedLineRefunds refunds,
			ConfirmationMetrics metrics, ManufacturerReports reports, Clock clock) {
		this.json = json;
		this.acknowledge = acknowledge;
		this.refunds = refunds;
		this.metrics = metrics;
		this.reports = reports;
		this.clock = clock;
	}

	@RabbitListener(queues = MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)
	void on(Message message, Channel channel) throws IOException {
		MessageProperties properties = message.getMessageProperties();
		if (ManufacturerReports.handles(properties.getType())) {
			this.reports.on(message, channel);
			return;
		}
		long deliveryTag = properties.getDeliveryTag();
		ManufacturerAnswer answer = read(message);
		if (answer == null) {
			this.metrics.acknowledgement("unreadable");
			channel.basicAck(deliveryTag, false);
			return;
		}
		try (LogFields.Scope fields = LogFields.with(LogFields.MESSAGE_ID, answer.messageId(), LogFields.SUB_ORDER,
				String.valueOf(answer.subOrder().value()), LogFields.MANUFACTURER, answer.manufacturerCode())) {
			apply(answer, properties, deliveryTag, channel);
		}
	}

	private void apply(ManufacturerAnswer answer, MessageProperties properties, long deliveryTag, Channel channel)
			throws IOException {
		AnswerOutcome outcome;
		try {
			outcome = this.acknowledge.apply(answer, this.clock.instant());
		}
		catch (RuntimeException ex) {
			boolean again = !Boolean.TRUE.equals(properties.getRedelivered());
			logger.error("Acknowledgement {} could not be applied{}", answer.messageId(),
					again ? ", handing it back" : " twice, dropping it", ex);
			channel.basicNack(deliveryTag, false, again);
			return;
		}
		channel.basicAck(deliveryTag, false);
		if (outcome instanceof AnswerOutcome.Applied applied) {
			this.metrics.acknowledgement("applied");
			this.metrics.answered(applied.placedAt(), this.clock.instant());
			this.refunds.refund(applied.refundsDue());
		}
		else if (outcome instanceof AnswerOutcome.AlreadyAnswered) {
			this.metrics.acknowledgement("duplicate");
		}
		else if (outcome instanceof AnswerOutcome.Refused refused) {
			this.metrics.acknowledgement("refused");
			logger.warn("Acknowledgement {} is for sub-order {}, which is {}: ignored", answer.messageId(),
					answer.subOrder(), refused.status());
		}
		else if (outcome instanceof AnswerOutcome.UnknownSubOrder) {
			this.metrics.acknowledgement("unknown-sub-order");
			logger.warn("Acknowledgement {} is for unknown sub-order {}: ignored", answer.messageId(),
					answer.subOrder());
		}
		else {
			this.metrics.acknowledgement("wrong-manufacturer");
			logger.warn("Acknowledgement {} from {} is for another manufacturer's sub-order {}: ignored",
					answer.messageId(), answer.manufacturerCode(), answer.subOrder());
		}
	}

	private ManufacturerAnswer read(Message message) {
		MessageProperties properties = message.getMessageProperties();
		String type = properties.getType();
		if (type != null && !PurchaseAcknowledgement.TYPE.equals(type)) {
			logger.warn("Ignoring message {} of type {}", properties.getMessageId(), type);
			return null;
		}
		try {
			PurchaseAcknowledgement ack = this.json.readValue(message.getBody(), PurchaseAcknowledgement.class);
			if (ack.messageId() == null || ack.schemaVersion() != PurchaseAcknowledgement.SCHEMA_VERSION
					|| ack.manufacturerCode() == null || ack.lines() == null || ack.lines().isEmpty()) {
				throw new IllegalArgumentException("missing field or unknown schema version");
			}
			String routingKey = properties.getReceivedRoutingKey();
			if (routingKey != null
					&& !routingKey.equals(MessagingTopology.acknowledgementRoutingKey(ack.manufacturerCode()))) {
				throw new IllegalArgumentException("routing key " + routingKey + " names another manufacturer");
			}
			return new ManufacturerAnswer(ack.messageId(), new SubOrderId(ack.subOrderId()), ack.manufacturerCode(),
					ack.lines()
						.stream()
						.map((line) -> new LineAnswer(line.sku(), line.accepted(), line.reason()))
						.toList());
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			logger.warn("Ignoring unreadable acknowledgement {}: {}", properties.getMessageId(), ex.getMessage());
			return null;
		}
	}

}
