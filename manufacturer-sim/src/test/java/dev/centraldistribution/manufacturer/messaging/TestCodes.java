package dev.centraldistribution.manufacturer.messaging;

import java.util.UUID;

/**
 * Manufacturer codes for test classes that consume: queues named after them never meet
 * another test class's or another run's on a shared RabbitMQ.
 */
final class TestCodes {

	private TestCodes() {
	}

	static String unique() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

}
