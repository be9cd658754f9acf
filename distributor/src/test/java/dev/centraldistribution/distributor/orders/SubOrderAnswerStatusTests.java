package dev.centraldistribution.distributor.orders;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubOrderAnswerStatusTests {

	@Test
	void aSubOrderWithEveryLineAcceptedIsAccepted() {
		assertThat(SubOrderStatus.answeredBy(List.of(true, true))).isEqualTo(SubOrderStatus.ACCEPTED);
	}

	@Test
	void aSubOrderWithEveryLineRejectedIsRejected() {
		assertThat(SubOrderStatus.answeredBy(List.of(false, false))).isEqualTo(SubOrderStatus.REJECTED);
	}

	@Test
	void aPartlyAcceptedSubOrderIsAcceptedItsRejectedLinesAreMarkedApart() {
		assertThat(SubOrderStatus.answeredBy(List.of(false, true))).isEqualTo(SubOrderStatus.ACCEPTED);
	}

	@Test
	void aSubOrderWithoutLinesCannotBeAnswered() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubOrderStatus.answeredBy(List.of()));
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
