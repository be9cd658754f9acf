package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.systemtests.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The {@code native} adapter passes the adapter contract against the native simulator
 * (preset {@code acme}): our snapshot with an {@code ETag}, purchases and cancellations
 * over the distributor's embedded broker, answers back over it.
 */
@Order(8)
class NativeSimulatorContractTests extends SimulatorAdapterContract {

	private static final int PORT = 41081;

	private static AppProcess simulator;

	@BeforeAll
	static void startTheSimulator() {
		simulator = startSimulator("contract-acme", "acme", PORT, "--spring.rabbitmq.port=41073",
				"--manufacturer.messaging.recovery-interval=1s");
	}

	@AfterAll
	static void stopTheSimulator() {
		if (simulator != null) {
			simulator.stop();
		}
	}

	@Override
	AdapterKind kind() {
		return AdapterKind.NATIVE;
	}

	@Override
	String code() {
		return "acme";
	}

	@Override
	int port() {
		return PORT;
	}

	/** The native adapter's way is the broker: one that is not there. */
	@Override
	Sending sendWhileUnreachable(Parcel parcel) {
		CachingConnectionFactory nowhere = new CachingConnectionFactory("127.0.0.1", 1);
		try {
			RabbitTemplate template = new RabbitTemplate(nowhere);
			template.setMandatory(true);
			String failure = new NativeCourier(template).send(parcel).awaitFailure(PATIENCE);
			return Sending.failed(failure);
		}
		finally {
			nowhere.destroy();
		}
	}

}
