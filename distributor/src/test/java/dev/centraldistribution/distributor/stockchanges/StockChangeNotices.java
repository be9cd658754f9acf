package dev.centraldistribution.distributor.stockchanges;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.contracts.MessagingTopology;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Base64UrlNamingStrategy;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Listens to the stock-changes exchange the way another instance does, with a queue of
 * its own, and reads the notices it receives.
 */
final class StockChangeNotices implements AutoCloseable {

	private final RabbitTemplate rabbit;

	private final AmqpAdmin admin;

	private final JsonMapper json;

	// Not auto-delete: each receive below consumes and cancels, which would delete it.
	private final Queue queue = new Queue(new Base64UrlNamingStrategy("test.stock-changes.").generateName(), false,
			false, false);

	StockChangeNotices(RabbitTemplate rabbit, AmqpAdmin admin, JsonMapper json) {
		this.rabbit = rabbit;
		this.admin = admin;
		this.json = json;
		admin.declareQueue(this.queue);
		admin.declareBinding(new Binding(this.queue.getName(), DestinationType.QUEUE,
				MessagingTopology.STOCK_CHANGES_EXCHANGE, "", null));
	}

	/**
	 * Receives notices until one names the offering, or gives up.
	 * @return every notice received up to and including that one
	 */
	List<Received> until(long offering, Duration patience) {
		List<Received> received = new ArrayList<>();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			Received next = next(Duration.ofMillis(200));
			if (next != null) {
				received.add(next);
				if (next.notice().offerings().contains(offering)) {
					return received;
				}
			}
		}
		throw new AssertionError("No notice named offering " + offering + " within " + patience + "; got " + received);
	}

	/** Every notice that arrives within the given time. */
	List<Received> during(Duration time) {
		List<Received> received = new ArrayList<>();
		long deadline = System.nanoTime() + time.toNanos();
		while (System.nanoTime() < deadline) {
			Received next = next(Duration.ofMillis(100));
			if (next != null) {
				received.add(next);
			}
		}
		return received;
	}

	private Received next(Duration patience) {
		Message message = this.rabbit.receive(this.queue.getName(), patience.toMillis());
		return (message != null)
				? new Received(message, this.json.readValue(message.getBody(), StockChangeNotice.class)) : null;
	}

	@Override
	public void close() {
		this.admin.deleteQueue(this.queue.getName());
	}

	record Received(Message message, StockChangeNotice notice) {
	}

}
