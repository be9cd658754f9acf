package dev.centraldistribution.distributor.orders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.centraldistribution.distributor.orders.Transition.Move;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubOrderTransitionsTests {

	/**
	 * How far along a sub-order is: a cancellation may be asked after the acceptance and
	 * before the shipment; withdrawn ones are at the end of the road.
	 */
	private static final Map<SubOrderStatus, Integer> PROGRESS = Map.of(SubOrderStatus.PLACED, 0,
			SubOrderStatus.ACCEPTED, 2, SubOrderStatus.CANCEL_REQUESTED, 3, SubOrderStatus.SHIPPED, 4,
			SubOrderStatus.DELIVERED, 6, SubOrderStatus.REJECTED, 6, SubOrderStatus.CANCELLED, 6);

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@CsvSource(textBlock = """
			PLACED,           ACCEPTED,         ACCEPTED
			PLACED,           REJECTED,         REJECTED
			PLACED,           SHIPPED,          SHIPPED
			PLACED,           DELIVERED,        DELIVERED
			PLACED,           CANCEL_REQUESTED, CANCEL_REQUESTED
			PLACED,           CANCEL_CONFIRMED, refuse
			PLACED,           CANCEL_REFUSED,   refuse
			ACCEPTED,         ACCEPTED,         refuse
			ACCEPTED,         REJECTED,         refuse
			ACCEPTED,         SHIPPED,          SHIPPED
			ACCEPTED,         DELIVERED,        DELIVERED
			ACCEPTED,         CANCEL_REQUESTED, CANCEL_REQUESTED
			ACCEPTED,         CANCEL_CONFIRMED, refuse
			ACCEPTED,         CANCEL_REFUSED,   refuse
			SHIPPED,          ACCEPTED,         stay
			SHIPPED,          REJECTED,         refuse
			SHIPPED,          SHIPPED,          stay
			SHIPPED,          DELIVERED,        DELIVERED
			SHIPPED,          CANCEL_REQUESTED, refuse
			SHIPPED,          CANCEL_CONFIRMED, refuse
			SHIPPED,          CANCEL_REFUSED,   stay
			DELIVERED,        ACCEPTED,         stay
			DELIVERED,        REJECTED,         refuse
			DELIVERED,        SHIPPED,          refuse
			DELIVERED,        DELIVERED,        refuse
			DELIVERED,        CANCEL_REQUESTED, refuse
			DELIVERED,        CANCEL_CONFIRMED, refuse
			DELIVERED,        CANCEL_REFUSED,   stay
			REJECTED,         ACCEPTED,         refuse
			REJECTED,         REJECTED,         refuse
			REJECTED,         SHIPPED,          refuse
			REJECTED,         DELIVERED,        refuse
			REJECTED,         CANCEL_REQUESTED, refuse
			REJECTED,         CANCEL_CONFIRMED, refuse
			REJECTED,         CANCEL_REFUSED,   refuse
			CANCEL_REQUESTED, ACCEPTED,         stay
			CANCEL_REQUESTED, REJECTED,         CANCELLED
			CANCEL_REQUESTED, SHIPPED,          SHIPPED
			CANCEL_REQUESTED, DELIVERED,        DELIVERED
			CANCEL_REQUESTED, CANCEL_REQUESTED, refuse
			CANCEL_REQUESTED, CANCEL_CONFIRMED, CANCELLED
			CANCEL_REQUESTED, CANCEL_REFUSED,   SHIPPED
			CANCELLED,        ACCEPTED,         refuse
			CANCELLED,        REJECTED,         refuse
			CANCELLED,        SHIPPED,          refuse
			CANCELLED,        DELIVERED,        refuse
			CANCELLED,        CANCEL_REQUESTED, refuse
			CANCELLED,        CANCEL_CONFIRMED, stay
			CANCELLED,        CANCEL_REFUSED,   refuse
			""")
	void everyEventInEveryStatus(SubOrderStatus status, SubOrderEvent event, String expected) {
		Transition expectedTransition = switch (expected) {
			case "refuse" -> new Transition.Refuse();
			case "stay" -> new Transition.Stay();
			default -> new Move(SubOrderStatus.valueOf(expected));
		};
		assertThat(SubOrderTransitions.of(status, event)).isEqualTo(expectedTransition);
	}

	@Test
	void theTableAboveNamesEveryPair() {
		assertThat(SubOrderStatus.values().length * SubOrderEvent.values().length).isEqualTo(49);
	}

	@Test
	void noEventMovesASubOrderBackOrOutOfAnEnd() {
		Set<SubOrderStatus> ends = EnumSet.of(SubOrderStatus.DELIVERED, SubOrderStatus.REJECTED,
				SubOrderStatus.CANCELLED);
		for (SubOrderStatus status : SubOrderStatus.values()) {
			for (SubOrderEvent event : SubOrderEvent.values()) {
				if (SubOrderTransitions.of(status, event) instanceof Move move) {
					assertThat(ends).as("%s + %s", status, event).doesNotContain(status);
					assertThat(PROGRESS.get(move.to())).as("%s + %s", status, event)
						.isGreaterThan(PROGRESS.get(status));
				}
			}
		}
	}

}
