package dev.centraldistribution.distributor.adapters;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.AnswerUnreadable;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.LineVerdict;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.PurchaseAnswered;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.logging.LogFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code native} adapter's answers: consumes the manufacturers' acknowledgements, and
 * their shipment and delivery reports and answers to cancellations, from the two queues
 * all instances share, reads each into a {@link ManufacturerAnswered}, and acks the
 * delivery only once the confirmations applied it (they listen synchronously, in this
 * thread). Each queue has consumers of its own ({@link NativeAnswersProperties}), so an
 * acknowledgement, which the customer waits for, never waits behind a burst of reports;
 * the answers are applied in any order, each once. Either queue may hold any kind of
 * answer (the reports' queue took the acknowledgements too before they had their own).
 * <p>
 * A message that cannot be read (broken JSON, another type, an unknown schema version, a
 * routing key naming another manufacturer) is logged, counted and acked: redelivering it
 * would fail the same way, and the queue is shared with RabbitMQ deployments that
 * declared it without dead-lettering arguments, which a redeclaration cannot add. A
 * failure to apply a readable answer (database down) hands it back once; a second failure
 * drops it with an error, and its sub-order then shows as waiting past the deadline.
 */
@Component
class NativeAnswers {

	private static final Logger logger = LoggerFactory.getLogger(NativeAnswers.class);

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	NativeAnswers(JsonMapper json, ApplicationEventPublisher events) {
		this.json = json;
		this.events = events;
	}

	@RabbitListener(queues = MessagingTopology.ACKNOWLEDGEMENTS_QUEUE,
			containerFactory = NativeAnswersConsumers.CONTAINER_FACTORY)
	@RabbitListener(queues = MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE,
			containerFactory = NativeAnswersConsumers.CONTAINER_FACTORY)
	void on(Message message, Channel channel) throws IOException {
		MessageProperties properties = message.getMessageProperties();
		boolean report = isReport(properties.getType());
		ManufacturerAnswered answer = report ? readReport(message) : readAcknowledgement(message);
		if (answer instanceof AnswerUnreadable) {
			this.events.publishEvent(answer);
			channel.basicAck(properties.getDeliveryTag(), false);
			return;
		}
		try (LogFields.Scope fields = fieldsOf(answer)) {
			this.events.publishEvent(answer);
		}
		catch (RuntimeException ex) {
			boolean again = !Boolean.TRUE.equals(properties.getRedelivered());
			logger.error("{} {} could not be applied{}", report ? "Report" : "Acknowledgement",
					properties.getMessageId(), again ? ", handing it back" : " twice, dropping it", ex);
			channel.basicNack(properties.getDeliveryTag(), false, again);
			return;
		}
		channel.basicAck(properties.getDeliveryTag(), false);
	}

	private static boolean isReport(String type) {
		return SubOrderShipped.TYPE.equals(type) || SubOrderDelivered.TYPE.equals(type)
				|| CancellationAnswer.TYPE.equals(type);
	}

	private static LogFields.Scope fieldsOf(ManufacturerAnswered answer) {
		if (answer instanceof PurchaseAnswered purchase) {
			return LogFields.with(LogFields.MESSAGE_ID, purchase.messageId(), LogFields.SUB_ORDER,
					String.valueOf(purchase.subOrderId()), LogFields.MANUFACTURER, purchase.manufacturerCode());
		}
		SubOrderReported report = (SubOrderReported) answer;
		return LogFields.with(LogFields.MESSAGE_ID, report.messageId(), LogFields.SUB_ORDER,
				String.valueOf(report.subOrderId()), LogFields.MANUFACTURER, report.manufacturerCode());
	}

	private ManufacturerAnswered readAcknowledgement(Message message) {
		MessageProperties properties = message.getMessageProperties();
		String type = properties.getType();
		if (type != null && !PurchaseAcknowledgement.TYPE.equals(type)) {
			logger.warn("Ignoring message {} of type {}", properties.getMessageId(), type);
			return new AnswerUnreadable(false);
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
			return new PurchaseAnswered(ack.messageId(), ack.subOrderId(), ack.manufacturerCode(),
					ack.lines()
						.stream()
						.map((line) -> new LineVerdict(line.sku(), line.accepted(), line.reason()))
						.toList());
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			logger.warn("Ignoring unreadable acknowledgement {}: {}", properties.getMessageId(), ex.getMessage());
			return new AnswerUnreadable(false);
		}
	}

	private ManufacturerAnswered readReport(Message message) {
		MessageProperties properties = message.getMessageProperties();
		try {
			String type = properties.getType();
			SubOrderReported report = SubOrderShipped.TYPE.equals(type) ? shipped(message.getBody())
					: SubOrderDelivered.TYPE.equals(type) ? delivered(message.getBody()) : answer(message.getBody());
			String kind = SubOrderShipped.TYPE.equals(type) ? SubOrderShipped.KIND
					: SubOrderDelivered.TYPE.equals(type) ? SubOrderDelivered.KIND : CancellationAnswer.KIND;
			String routingKey = properties.getReceivedRoutingKey();
			if (routingKey != null
					&& !routingKey.equals(MessagingTopology.eventRoutingKey(kind, report.manufacturerCode()))) {
				throw new IllegalArgumentException("routing key " + routingKey + " names another manufacturer");
			}
			return report;
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			logger.warn("Ignoring unreadable report {}: {}", properties.getMessageId(), ex.getMessage());
			return new AnswerUnreadable(true);
		}
	}

	private SubOrderReported shipped(byte[] body) {
		SubOrderShipped shipped = this.json.readValue(body, SubOrderShipped.class);
		if (shipped.messageId() == null || shipped.schemaVersion() != SubOrderShipped.SCHEMA_VERSION
				|| shipped.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderReported(shipped.messageId(), shipped.subOrderId(), shipped.manufacturerCode(),
				Report.SHIPPED, shipped.carrier(), shipped.trackingNumber());
	}

	private SubOrderReported delivered(byte[] body) {
		SubOrderDelivered delivered = this.json.readValue(body, SubOrderDelivered.class);
		if (delivered.messageId() == null || delivered.schemaVersion() != SubOrderDelivered.SCHEMA_VERSION
				|| delivered.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderReported(delivered.messageId(), delivered.subOrderId(), delivered.manufacturerCode(),
				Report.DELIVERED, null, null);
	}

	private SubOrderReported answer(byte[] body) {
		CancellationAnswer answer = this.json.readValue(body, CancellationAnswer.class);
		if (answer.messageId() == null || answer.schemaVersion() != CancellationAnswer.SCHEMA_VERSION
				|| answer.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderReported(answer.messageId(), answer.subOrderId(), answer.manufacturerCode(),
				answer.cancelled() ? Report.CANCELLED : Report.CANCEL_REFUSED, null, null);
	}

}
