package dev.centraldistribution.manufacturer.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.util.Assert;

/**
 * Publishes one message mandatorily and waits for the broker's confirm. Only a positive
 * confirm without a return counts as published: RabbitMQ answers an unroutable message
 * with a return and then an ack, the embedded broker with a nack and then a return.
 * Shared with the presence announcements.
 */
public class ConfirmedPublisher {

	private final RabbitTemplate rabbit;

	private final Duration confirmTimeout;

	/**
	 * @param rabbit a mandatory template on a connection factory with correlated
	 * publisher confirms and returns
	 */
	ConfirmedPublisher(RabbitTemplate rabbit, Duration confirmTimeout) {
		Assert.state(rabbit.getConnectionFactory().isPublisherConfirms(),
				"spring.rabbitmq.publisher-confirm-type must be 'correlated'");
		Assert.state(rabbit.getConnectionFactory().isPublisherReturns(),
				"spring.rabbitmq.publisher-returns must be on");
		this.rabbit = rabbit;
		this.confirmTimeout = confirmTimeout;
	}

	/**
	 * Publishes and waits for the broker's confirm.
	 * @param exchange where to
	 * @param routingKey with which key
	 * @param message what
	 * @throws PublicationFailedException when the broker did not confirm the message
	 */
	public void publish(String exchange, String routingKey, Message message) {
		CorrelationData correlation = new CorrelationData();
		try {
			this.rabbit.send(exchange, routingKey, message, correlation);
		}
		catch (AmqpException ex) {
			throw new PublicationFailedException("not sent to '" + exchange + "' (" + ex.getMessage() + ")", ex);
		}
		CorrelationData.Confirm confirm = awaitConfirm(correlation, exchange);
		if (correlation.getReturned() != null) {
			throw new PublicationFailedException("returned as unroutable by '" + exchange + "' with key '" + routingKey
					+ "': " + correlation.getReturned().getReplyText());
		}
		if (!confirm.ack()) {
			throw new PublicationFailedException("nacked by the broker: " + confirm.reason());
		}
	}

	private CorrelationData.Confirm awaitConfirm(CorrelationData correlation, String exchange) {
		try {
			return correlation.getFuture().get(this.confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new PublicationFailedException("no confirm within " + this.confirmTimeout, ex);
		}
		catch (ExecutionException ex) {
			throw new PublicationFailedException("confirm of a message to '" + exchange + "' failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublicationFailedException("interrupted while waiting for a confirm", ex);
		}
	}

}
