package dev.centraldistribution.distributor.orders;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubOrderAnswerStatusTests {

	@Test
	void aSubOrderWithEveryLineAcceptedIsAccepted() {
		assertThat(SubOrderEvent.answeredBy(List.of(true, true))).isEqualTo(SubOrderEvent.ACCEPTED);
	}

	@Test
	void aSubOrderWithEveryLineRejectedIsRejected() {
		assertThat(SubOrderEvent.answeredBy(List.of(false, false))).isEqualTo(SubOrderEvent.REJECTED);
	}

	@Test
	void aPartlyAcceptedSubOrderIsAcceptedItsRejectedLinesAreMarkedApart() {
		assertThat(SubOrderEvent.answeredBy(List.of(false, true))).isEqualTo(SubOrderEvent.ACCEPTED);
	}

	@Test
	void aSubOrderWithoutLinesCannotBeAnswered() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubOrderEvent.answeredBy(List.of()));
	}

	@Test
	void theOrderStaysPlacedUntilTheLastSubOrderIsAnsweredWhicheverComesFirst() {
		List<SubOrderStatus> secondFirst = List.of(SubOrderStatus.PLACED, SubOrderStatus.ACCEPTED);
		List<SubOrderStatus> firstFirst = List.of(SubOrderStatus.ACCEPTED, SubOrderStatus.PLACED);
		assertThat(OrderStatus.of(secondFirst)).isEqualTo(OrderStatus.PLACED);
		assertThat(OrderStatus.of(firstFirst)).isEqualTo(OrderStatus.PLACED);
		assertThat(OrderStatus.of(List.of(SubOrderStatus.ACCEPTED, SubOrderStatus.ACCEPTED)))
			.isEqualTo(OrderStatus.CONFIRMED);
		assertThat(OrderStatus.of(List.of(SubOrderStatus.REJECTED, SubOrderStatus.ACCEPTED)))
			.isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThat(OrderStatus.of(List.of(SubOrderStatus.REJECTED, SubOrderStatus.REJECTED)))
			.isEqualTo(OrderStatus.REJECTED);
	}

}
