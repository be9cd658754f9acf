package dev.centraldistribution.distributor.livechanges;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

class CoalescingBatchesTests {

	private final List<List<Integer>> sent = new CopyOnWriteArrayList<>();

	@Test
	void everythingCollectedGoesInBatchesOfBoundedSizeEachItemOnceInOrder() {
		try (CoalescingBatches<Integer> batches = new CoalescingBatches<>("test-", properties(Duration.ofDays(1), 3),
				this.sent::add)) {
			batches.add(List.of(1, 2, 3, 4));
			batches.add(List.of(2, 5, 6, 7));

			batches.flush();

			assertThat(this.sent).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
		}
	}

	@Test
	void aFlushWithNothingCollectedSendsNothing() {
		try (CoalescingBatches<Integer> batches = new CoalescingBatches<>("test-", properties(Duration.ofDays(1), 3),
				this.sent::add)) {
			batches.add(List.of(1));
			batches.flush();
			batches.flush();

			assertThat(this.sent).containsExactly(List.of(1));
		}
	}

	@Test
	void changesOfAQuietSpellAreSentTogetherByTheScheduledFlush() {
		try (CoalescingBatches<Integer> batches = new CoalescingBatches<>("test-",
				properties(Duration.ofMillis(200), 1_000), this.sent::add)) {
			IntStream.range(0, 10).forEach((item) -> batches.add(List.of(item)));

			await().atMost(Duration.ofMinutes(1)).until(() -> this.sent.stream().mapToInt(List::size).sum() >= 10);

			assertThat(this.sent.stream().flatMap(List::stream)).as("each item once, in order")
				.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		}
	}

	@Test
	void changesAfterShutdownAreDroppedWithoutAnError() {
		CoalescingBatches<Integer> batches = new CoalescingBatches<>("test-", properties(Duration.ofDays(1), 3),
				this.sent::add);
		batches.close();

		assertThatNoException().isThrownBy(() -> batches.add(List.of(1)));
		batches.flush();
		assertThat(this.sent).isEmpty();
	}

	private static LiveUpdatesProperties properties(Duration interval, int batchSize) {
		return new LiveUpdatesProperties(interval, batchSize);
	}

}
