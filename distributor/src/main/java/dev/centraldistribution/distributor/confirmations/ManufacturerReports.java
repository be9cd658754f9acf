package dev.centraldistribution.distributor.confirmations;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.distributor.orders.EventOutcome;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.stereotype.Component;

/**
 * Applies the manufacturers' shipment and delivery reports and their answers to
 * cancellations, which arrive on the queue of manufacturer events
 * ({@code shipped.<code>}, {@code delivered.<code>}, {@code cancellation.<code>}),
 * through the orders' API, once by message id; acks each delivery only once its effect is
 * committed, then refunds what a confirmed cancellation made due. Unreadable reports are
 * logged and acked, a failure to apply one is handed back once, as
 * {@link AcknowledgementListener} does with acknowledgements.
 */
@Component
class ManufacturerReports {

	private static final Logger logger = LoggerFactory.getLogger(ManufacturerReports.class);

	private final JsonMapper json;

	private final MoveSubOrder moveSubOrder;

	private final ConfirmationMetrics metrics;

	private final RejectedLineRefunds refunds;

	ManufacturerReports(JsonMapper json, MoveSubOrder moveSubOrder, ConfirmationMetrics metrics,
			RejectedLineRefunds refunds) {
		this.json = json;
		this.moveSubOrder = moveSubOrder;
		this.metrics = metrics;
		this.refunds = refunds;
	}

	static boolean handles(String type) {
		return SubOrderShipped.TYPE.equals(type) || SubOrderDelivered.TYPE.equals(type)
				|| CancellationAnswer.TYPE.equals(type);
	}

	void on(Message message, Channel channel) throws IOException {
		MessageProperties properties = message.getMessageProperties();
		SubOrderMessage report = read(message);
		if (report == null) {
			this.metrics.report("unreadable");
			channel.basicAck(properties.getDeliveryTag(), false);
			return;
		}
		EventOutcome outcome;
		try {
			outcome = this.moveSubOrder.apply(report);
		}
		catch (RuntimeException ex) {
			boolean again = !Boolean.TRUE.equals(properties.getRedelivered());
			logger.error("Report {} could not be applied{}", report.messageId(),
					again ? ", handing it back" : " twice, dropping it", ex);
			channel.basicNack(properties.getDeliveryTag(), false, again);
			return;
		}
		channel.basicAck(properties.getDeliveryTag(), false);
		this.metrics.report(outcomeName(outcome));
		if (outcome instanceof EventOutcome.Applied applied) {
			this.refunds.refund(applied.refundsDue());
		}
		if (outcome instanceof EventOutcome.UnknownSubOrder || outcome instanceof EventOutcome.WrongManufacturer) {
			logger.warn("Report {} from {} about sub-order {} ignored: {}", report.messageId(),
					report.manufacturerCode(), report.subOrder(), outcomeName(outcome));
		}
	}

	private SubOrderMessage read(Message message) {
		MessageProperties properties = message.getMessageProperties();
		try {
			String type = properties.getType();
			SubOrderMessage report = SubOrderShipped.TYPE.equals(type) ? shipped(message.getBody())
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
			return null;
		}
	}

	private SubOrderMessage shipped(byte[] body) {
		SubOrderShipped shipped = this.json.readValue(body, SubOrderShipped.class);
		if (shipped.messageId() == null || shipped.schemaVersion() != SubOrderShipped.SCHEMA_VERSION
				|| shipped.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderMessage(shipped.messageId(), new SubOrderId(shipped.subOrderId()),
				shipped.manufacturerCode(), SubOrderEvent.SHIPPED,
				new Shipment(shipped.carrier(), shipped.trackingNumber()));
	}

	private SubOrderMessage delivered(byte[] body) {
		SubOrderDelivered delivered = this.json.readValue(body, SubOrderDelivered.class);
		if (delivered.messageId() == null || delivered.schemaVersion() != SubOrderDelivered.SCHEMA_VERSION
				|| delivered.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderMessage(delivered.messageId(), new SubOrderId(delivered.subOrderId()),
				delivered.manufacturerCode(), SubOrderEvent.DELIVERED, null);
	}

	private SubOrderMessage answer(byte[] body) {
		CancellationAnswer answer = this.json.readValue(body, CancellationAnswer.class);
		if (answer.messageId() == null || answer.schemaVersion() != CancellationAnswer.SCHEMA_VERSION
				|| answer.manufacturerCode() == null) {
			throw new IllegalArgumentException("missing field or unknown schema version");
		}
		return new SubOrderMessage(answer.messageId(), new SubOrderId(answer.subOrderId()), answer.manufacturerCode(),
				answer.cancelled() ? SubOrderEvent.CANCEL_CONFIRMED : SubOrderEvent.CANCEL_REFUSED, null);
	}

	private static String outcomeName(EventOutcome outcome) {
		if (outcome instanceof EventOutcome.Applied) {
			return "applied";
		}
		if (outcome instanceof EventOutcome.Refused) {
			return "refused";
		}
		if (outcome instanceof EventOutcome.Duplicate) {
			return "duplicate";
		}
		return (outcome instanceof EventOutcome.UnknownSubOrder) ? "unknown-sub-order" : "wrong-manufacturer";
	}

}
