package dev.centraldistribution.distributor.embeddedbroker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.MessageProperties;

/** A plain AMQP client on one durable queue of the embedded broker, as guest. */
final class QueueClient {

	private static final String QUEUE = "kept";

	private QueueClient() {
	}

	/**
	 * Declares a durable queue and publishes persistent messages, waiting for every
	 * confirm.
	 */
	static void publishConfirmed(int port, int count) throws Exception {
		try (Connection connection = connect(port); Channel channel = connection.createChannel()) {
			channel.queueDeclare(QUEUE, true, false, false, null);
			channel.confirmSelect();
			for (String body : bodies(count)) {
				channel.basicPublish("", QUEUE, true, MessageProperties.PERSISTENT_BASIC,
						body.getBytes(StandardCharsets.UTF_8));
			}
			channel.waitForConfirmsOrDie(Duration.ofMinutes(1).toMillis());
		}
	}

	static List<String> drain(int port) throws Exception {
		List<String> bodies = new ArrayList<>();
		try (Connection connection = connect(port); Channel channel = connection.createChannel()) {
			for (GetResponse message = channel.basicGet(QUEUE, true); message != null; message = channel.basicGet(QUEUE,
					true)) {
				bodies.add(new String(message.getBody(), StandardCharsets.UTF_8));
			}
		}
		return bodies;
	}

	static boolean queueExists(int port) throws Exception {
		try (Connection connection = connect(port); Channel channel = connection.createChannel()) {
			channel.queueDeclarePassive(QUEUE);
			return true;
		}
		catch (IOException ex) {
			// The broker closes the channel with 404 NOT_FOUND.
			return false;
		}
	}

	static Connection connect(int port) throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(port);
		factory.setUsername("guest");
		factory.setPassword("guest");
		return factory.newConnection();
	}

	static List<String> bodies(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "message-" + i).toList();
	}

}
