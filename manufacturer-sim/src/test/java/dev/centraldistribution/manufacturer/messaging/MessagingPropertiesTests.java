package dev.centraldistribution.manufacturer.messaging;

import java.time.Duration;
import java.util.Map;

import dev.centraldistribution.manufacturer.messaging.MessagingProperties.QueueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(BindSettings.class);

	@Test
	void defaultsToClassicQueuesOneConsumerAndFiveAttempts() {
		this.runner.run((context) -> {
			var messaging = context.getBean(MessagingProperties.class);
			assertThat(messaging.enabled()).isTrue();
			assertThat(messaging.queueArguments()).isEmpty();
			assertThat(messaging.concurrency()).isOne();
			assertThat(messaging.maxAttempts()).isEqualTo(5);
			assertThat(messaging.recoveryInterval()).isEqualTo(Duration.ofSeconds(5));
		});
	}

	@Test
	void declaresQuorumQueuesWithTheContractsArguments() {
		this.runner.withPropertyValues("manufacturer.messaging.queue-type=quorum")
			.run((context) -> assertThat(context.getBean(MessagingProperties.class).queueArguments())
				.isEqualTo(Map.of("x-queue-type", "quorum")));
	}

	@Test
	void pausesLongerAfterEachFailureUpToTheLongestPause() {
		var messaging = new MessagingProperties(true, QueueType.CLASSIC, 1, 5, Duration.ofSeconds(5),
				Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(5));

		assertThat(messaging.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
		assertThat(messaging.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
		assertThat(messaging.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(messaging.backoffAfter(4)).isEqualTo(Duration.ofSeconds(3));
		assertThat(messaging.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manufacturer.messaging.queue-type=stream         | queue-type
			manufacturer.messaging.max-attempts=0            | maxAttempts
			manufacturer.messaging.concurrency=0             | concurrency
			manufacturer.messaging.confirm-timeout=0s        | everyDurationPositive
			manufacturer.messaging.max-retry-backoff=10ms    | maxRetryBackoffAtLeastRetryBackoff
			""")
	void rejectsInvalidSettingsNamingThem(String setting, String property) {
		this.runner.withPropertyValues(setting)
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining(property));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MessagingProperties.class)
	static class BindSettings {

	}

}
