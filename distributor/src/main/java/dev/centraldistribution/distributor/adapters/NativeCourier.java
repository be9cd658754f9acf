package dev.centraldistribution.distributor.adapters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.centraldistribution.distributor.manufacturers.AdapterKind;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code native} adapter's delivery: publishes one message of our contract, as it is,
 * persistently and mandatorily to the broker, with a correlation that carries the
 * broker's confirm and any return. The manufacturer consumes it from its queue and
 * answers over the broker.
 */
@Component
class NativeCourier implements Courier {

	private final RabbitTemplate rabbit;

	/** The template must be mandatory ({@code spring.rabbitmq.template.mandatory}). */
	NativeCourier(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	@Override
	public AdapterKind kind() {
		return AdapterKind.NATIVE;
	}

	@Override
	public Sending send(Parcel pending) {
		CorrelationData correlation = new CorrelationData(pending.messageId());
		try {
			this.rabbit.send(pending.exchange(), pending.routingKey(), toAmqp(pending), correlation);
			return new Outcome(correlation, null);
		}
		catch (RuntimeException ex) {
			return new Outcome(null, "not sent: " + ex.getMessage());
		}
	}

	private static Message toAmqp(Parcel pending) {
		return MessageBuilder.withBody(pending.payload().getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(pending.messageId())
			.setType(pending.type())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setTimestamp(new Date())
			.build();
	}

	/**
	 * What became of one publish.
	 *
	 * @param correlation the pending confirm, {@code null} when sending already failed
	 * @param sendFailure why sending failed, {@code null} when it was handed to the
	 * broker
	 */
	record Outcome(CorrelationData correlation, String sendFailure) implements Sending {

		/**
		 * Waits for the broker's verdict.
		 * @return {@code null} when the broker confirmed the message and did not return
		 * it, otherwise why it must be tried again
		 */
		@Override
		public String awaitFailure(Duration timeout) {
			if (this.sendFailure != null) {
				return this.sendFailure;
			}
			try {
				CorrelationData.Confirm confirm = this.correlation.getFuture()
					.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
				if (this.correlation.getReturned() != null) {
					return "returned unroutable: " + this.correlation.getReturned().getReplyText();
				}
				if (confirm.ack()) {
					return null;
				}
				// RabbitMQ nacks without a reason (an internal error of the queue's
				// process):
				// the console shows this text to the operator.
				return "nacked by the broker: " + ((confirm.reason() != null) ? confirm.reason() : "(no reason given)");
			}
			catch (TimeoutException ex) {
				return "no confirm within " + timeout;
			}
			catch (ExecutionException ex) {
				return "confirm failed: " + ex.getCause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted while waiting for the confirm";
			}
		}

	}

}
