package dev.centraldistribution.distributor.stockchanges;

import dev.centraldistribution.contracts.MessagingTopology;

import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.Base64UrlNamingStrategy;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This instance's own queue on the stock-changes fanout exchange (declared with the rest
 * of the topology in {@code messaging}): exclusive, auto-delete and non-durable, so it
 * lives exactly as long as this instance's connection and nobody else reads it. Always a
 * classic queue, even where {@code distributor.messaging.queue-type=quorum}: quorum
 * queues cannot be exclusive, and notifications need no replication. The name is
 * generated on this side ({@code distributor.stock-changes.<random>}) rather than by the
 * broker, so that the queue is redeclared under the same name, with its binding, when the
 * connection comes back.
 */
@Configuration(proxyBeanMethods = false)
class StockChangesTopology {

	static final String QUEUE_PREFIX = MessagingTopology.STOCK_CHANGES_EXCHANGE + ".";

	@Bean
	AnonymousQueue stockChangesQueue() {
		AnonymousQueue queue = new AnonymousQueue(new Base64UrlNamingStrategy(QUEUE_PREFIX));
		// Spring AMQP adds x-queue-leader-locator, which the embedded broker refuses; an
		// exclusive queue lives on the node its connection is on anyway.
		queue.setLeaderLocator(null);
		return queue;
	}

	@Bean
	Binding stockChangesBinding(AnonymousQueue stockChangesQueue) {
		return new Binding(stockChangesQueue.getName(), DestinationType.QUEUE, MessagingTopology.STOCK_CHANGES_EXCHANGE,
				"", null);
	}

}
