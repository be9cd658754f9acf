package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heartbeats out of order, late or replayed are told from new ones.
 */
class MessageOrderTests {

	private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

	private final MessageOrder last = new MessageOrder("first", 5, T);

	@Test
	void theFirstMessageIsNew() {
		assertThat(this.last.follows(null)).isTrue();
	}

	@Test
	void withinOneProcessOnlyAHigherNumberIsNew() {
		assertThat(new MessageOrder("first", 6, T.minusSeconds(60)).follows(this.last))
			.as("its clock went back, its numbers did not")
			.isTrue();
		assertThat(new MessageOrder("first", 5, T).follows(this.last)).as("the same message again").isFalse();
		assertThat(new MessageOrder("first", 4, T.plusSeconds(1)).follows(this.last)).as("an earlier one, late")
			.isFalse();
	}

	@Test
	void anotherProcessIsNewUnlessItSentBeforeTheLastMessage() {
		assertThat(new MessageOrder("second", 1, T.plusMillis(1)).follows(this.last)).as("a restart").isTrue();
		assertThat(new MessageOrder("second", 1, T).follows(this.last)).isTrue();
		assertThat(new MessageOrder("zeroth", 99, T.minusMillis(1)).follows(this.last))
			.as("the process before, late or replayed")
			.isFalse();
	}

}
