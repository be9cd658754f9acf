package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The local RabbitMQ: a virtual host of the drills' own, its queues, and stopping and
 * starting the broker application ({@code rabbitmqctl stop_app / start_app}: every
 * connection drops and nothing listens on 5672 until it is started again).
 */
final class RabbitBroker {

	private static final Duration CTL_TIMEOUT = Duration.ofSeconds(60);

	private final String virtualHost;

	RabbitBroker(String virtualHost) {
		this.virtualHost = virtualHost;
	}

	String virtualHost() {
		return this.virtualHost;
	}

	/** A virtual host with no queues or messages left from an earlier run. */
	void recreateVirtualHost() {
		requireRunning();
		Commands.tryRun(CTL_TIMEOUT, "rabbitmqctl", "-q", "delete_vhost", this.virtualHost);
		Commands.run(CTL_TIMEOUT, "rabbitmqctl", "-q", "add_vhost", this.virtualHost);
		Commands.run(CTL_TIMEOUT, "rabbitmqctl", "-q", "set_permissions", "-p", this.virtualHost, "guest", ".*", ".*",
				".*");
	}

	void stop() {
		Commands.run(CTL_TIMEOUT, "rabbitmqctl", "-q", "stop_app");
	}

	void start() {
		Commands.run(CTL_TIMEOUT, "rabbitmqctl", "-q", "start_app");
		Commands.run(CTL_TIMEOUT, "rabbitmqctl", "-q", "await_startup");
	}

	/** Starts the broker application again if a drill that stopped it failed half-way. */
	void ensureRunning() {
		if (!listening()) {
			start();
		}
	}

	boolean listening() {
		try (Socket socket = new Socket("127.0.0.1", 5672)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void requireRunning() {
		Instant deadline = Instant.now().plusSeconds(30);
		while (!listening()) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						"RabbitMQ is not answering on 127.0.0.1:5672: the drills need it (start it with rabbitmq-server -detached)");
			}
			AppProcess.sleep(Duration.ofSeconds(1));
		}
	}

	long messageCount(String queue) {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			return channel.queueDeclarePassive(queue).getMessageCount();
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("Could not read the depth of queue " + queue, ex);
		}
	}

	/** Publishes a persistent message with publisher confirms, as any client would. */
	void publish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body) {
		try (Connection connection = connect(); Channel channel = connection.createChannel()) {
			channel.confirmSelect();
			channel.basicPublish(exchange, routingKey, true, properties, body);
			channel.waitForConfirmsOrDie(5_000);
		}
		catch (IOException | TimeoutException | InterruptedException ex) {
			throw new IllegalStateException("Could not publish to " + exchange + " / " + routingKey, ex);
		}
	}

	private Connection connect() throws IOException, TimeoutException {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(5672);
		factory.setUsername("guest");
		factory.setPassword("guest");
		factory.setVirtualHost(this.virtualHost);
		return factory.newConnection("system-tests");
	}

}
