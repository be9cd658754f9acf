package dev.centraldistribution.distributor.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;

/**
 * A binding that an earlier version of the topology declared and this one does not: it
 * stays on the broker (bindings of durable queues are durable) until someone removes it.
 * Removed on every new connection, after the admin declared the topology on it (the
 * admin's listener was registered first, and this one needs the admin), so that messages
 * always have the new binding to go to. An earlier distributor still running beside this
 * one (a rolling upgrade) may declare it again on its own reconnection: then a message
 * reaches both queues until the next removal, and is applied once all the same.
 * <p>
 * The binding is declared just before it is removed, so that the removal always finds it:
 * RabbitMQ removes a binding it does not have without a word, but the embedded broker
 * closes the channel with an error in the log. For those few milliseconds a message may
 * reach both queues, and is applied once.
 */
final class RetiredBinding implements ConnectionListener {

	private static final Logger logger = LoggerFactory.getLogger(RetiredBinding.class);

	private final AmqpAdmin admin;

	private final Binding binding;

	RetiredBinding(ConnectionFactory connections, AmqpAdmin admin, Binding binding) {
		this.admin = admin;
		this.binding = binding;
		connections.addConnectionListener(this);
	}

	@Override
	public void onCreate(Connection connection) {
		remove();
	}

	/** Removes the binding; a broker that no longer has it is no error. */
	void remove() {
		try {
			this.admin.declareBinding(this.binding);
			this.admin.removeBinding(this.binding);
			logger.debug("Removed the retired binding {} -> {} ({})", this.binding.getExchange(),
					this.binding.getDestination(), this.binding.getRoutingKey());
		}
		catch (AmqpException ex) {
			logger.warn("Retired binding {} -> {} ({}) not removed: {}", this.binding.getExchange(),
					this.binding.getDestination(), this.binding.getRoutingKey(), ex.toString());
		}
	}

}
