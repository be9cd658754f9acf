package dev.centraldistribution.distributor.orderchanges;

import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.Base64UrlNamingStrategy;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fanout exchange {@code distributor.order-changes}, owned here (only distributor
 * instances use it), and this instance's own queue on it: exclusive, auto-delete,
 * non-durable and always classic, named {@code distributor.order-changes.<random>} on
 * this side so that it is redeclared under the same name when the connection comes back,
 * exactly like the stock changes' queue.
 */
@Configuration(proxyBeanMethods = false)
class OrderChangesTopology {

	static final String EXCHANGE = "distributor.order-changes";

	@Bean
	FanoutExchange orderChangesExchange() {
		return new FanoutExchange(EXCHANGE, true, false);
	}

	@Bean
	AnonymousQueue orderChangesQueue() {
		AnonymousQueue queue = new AnonymousQueue(new Base64UrlNamingStrategy(EXCHANGE + "."));
		// Spring AMQP adds x-queue-leader-locator, which the embedded broker refuses.
		queue.setLeaderLocator(null);
		return queue;
	}

	@Bean
	Binding orderChangesBinding(AnonymousQueue orderChangesQueue, FanoutExchange orderChangesExchange) {
		return BindingBuilder.bind(orderChangesQueue).to(orderChangesExchange);
	}

}
