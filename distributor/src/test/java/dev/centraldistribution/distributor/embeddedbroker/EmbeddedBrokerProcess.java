package dev.centraldistribution.distributor.embeddedbroker;

import java.nio.file.Path;

/**
 * The embedded broker alone in a JVM of its own, for tests that kill it: arguments are
 * the port and the store directory; prints {@link #READY} once it listens.
 */
final class EmbeddedBrokerProcess {

	static final String READY = "embedded broker ready";

	private EmbeddedBrokerProcess() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedAmqpBroker.start(Integer.parseInt(args[0]), Path.of(args[1]));
		System.out.println(READY);
		Thread.currentThread().join();
	}

}
