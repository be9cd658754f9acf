package dev.centraldistribution.distributor.embeddedbroker;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The in-process AMQP 0-9-1 broker that replaces RabbitMQ on the embedded defaults.
 *
 * @param enabled start the broker inside the distributor
 * @param port port on 127.0.0.1; 0 picks a free one (tests)
 * @param storeDirectory where queues and persistent messages are kept (an Apache Derby
 * database), so that they survive a restart or a kill; empty keeps them in memory only,
 * which loses every queued message when the process ends (tests)
 */
@Validated
@ConfigurationProperties("distributor.embedded-broker")
public record EmbeddedBrokerProperties(boolean enabled, @Min(0) @Max(65535) int port, Path storeDirectory) {

}
