package dev.centraldistribution.distributor.confirmations;

import java.io.IOException;

import com.rabbitmq.client.Channel;
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
 * Applies the manufacturers' shipment and delivery reports, which arrive on the queue of
 * manufacturer events ({@code shipped.<code>}, {@code delivered.<code>}), through the
 * orders' API, once by message id; acks each delivery only once its effect is committed.
 * Unreadable reports are logged and acked, a failure to apply one is handed back once, as
 * {@link AcknowledgementListener} does with acknowledgements.
 */
@Component
class ShipmentReports {

	private static final Logger logger = LoggerFactory.getLogger(ShipmentReports.class);

	private final JsonMapper json;

	private final MoveSubOrder moveSubOrder;

	private final ConfirmationMetrics metrics;

	ShipmentReports(JsonMapper json, MoveSubOrder moveSubOrder, ConfirmationMetrics metrics) {
		this.json = json;
		this.moveSubOrder = moveSubOrder;
		this.metrics = metrics;
	}

	static boolean handles(String type) {
		return SubOrderShipped.TYPE.equals(type) || SubOrderDelivered.TYPE.equals(type);
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
		if (outcome instanceof EventOutcome.UnknownSubOrder || outcome instanceof EventOutcome.WrongManufacturer) {
			logger.warn("Report {} from {} about sub-order {} ignored: {}", report.messageId(),
					report.manufacturerCode(), report.subOrder(), outcomeName(outcome));
		}
	}

	private SubOrderMessage read(Message message) {
		MessageProperties properties = message.getMessageProperties();
		try {
			SubOrderMessage report = SubOrderShipped.TYPE.equals(properties.getType()) ? shipped(message.getBody())
					: delivered(message.getBody());
			String kind = (report.event() == SubOrderEvent.SHIPPED) ? SubOrderShipped.KIND : SubOrderDelivered.KIND;
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
