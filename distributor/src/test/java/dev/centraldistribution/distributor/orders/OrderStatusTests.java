package dev.centraldistribution.distributor.orders;

import java.util.List;

import dev.centraldistribution.distributor.checkout.CheckoutToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrderStatusTests {

	@Test
	void theOrderFollowsItsManufacturersAnswers() {
		SubOrderStatus placed = SubOrderStatus.PLACED;
		SubOrderStatus accepted = SubOrderStatus.ACCEPTED;
		SubOrderStatus rejected = SubOrderStatus.REJECTED;

		assertThat(OrderStatus.of(List.of(placed, accepted))).isEqualTo(OrderStatus.PLACED);
		assertThat(OrderStatus.of(List.of(rejected, placed))).isEqualTo(OrderStatus.PLACED);
		assertThat(OrderStatus.of(List.of(accepted, accepted))).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(OrderStatus.of(List.of(rejected))).isEqualTo(OrderStatus.REJECTED);
		assertThat(OrderStatus.of(List.of(accepted, rejected))).isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThatIllegalArgumentException().isThrownBy(() -> OrderStatus.of(List.of()));
	}

	@Test
	void theOrderFollowsItsPartsToTheDoorLeavingOutTheWithdrawnOnes() {
		SubOrderStatus accepted = SubOrderStatus.ACCEPTED;
		SubOrderStatus shipped = SubOrderStatus.SHIPPED;
		SubOrderStatus delivered = SubOrderStatus.DELIVERED;
		SubOrderStatus cancelled = SubOrderStatus.CANCELLED;
		SubOrderStatus rejected = SubOrderStatus.REJECTED;
		SubOrderStatus cancelRequested = SubOrderStatus.CANCEL_REQUESTED;

		assertThat(OrderStatus.of(List.of(shipped, accepted))).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		assertThat(OrderStatus.of(List.of(delivered, SubOrderStatus.PLACED))).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		assertThat(OrderStatus.of(List.of(shipped, delivered))).isEqualTo(OrderStatus.SHIPPED);
		assertThat(OrderStatus.of(List.of(shipped, cancelled))).isEqualTo(OrderStatus.SHIPPED);
		assertThat(OrderStatus.of(List.of(delivered, rejected))).isEqualTo(OrderStatus.DELIVERED);
		assertThat(OrderStatus.of(List.of(delivered, delivered))).isEqualTo(OrderStatus.DELIVERED);
		assertThat(OrderStatus.of(List.of(accepted, cancelled))).isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThat(OrderStatus.of(List.of(cancelRequested, cancelRequested))).isEqualTo(OrderStatus.CANCEL_REQUESTED);
		assertThat(OrderStatus.of(List.of(cancelRequested, rejected))).isEqualTo(OrderStatus.CANCEL_REQUESTED);
		assertThat(OrderStatus.of(List.of(cancelled, rejected))).isEqualTo(OrderStatus.CANCELLED);
		assertThat(OrderStatus.of(List.of(cancelled))).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void readsIdsAndTokensTypedBySomeone() {
		assertThat(OrderId.parse("42")).contains(new OrderId(42));
		assertThat(OrderId.parse(String.valueOf(Long.MAX_VALUE))).contains(new OrderId(Long.MAX_VALUE));
		for (String nonsense : new String[] { null, "", " ", "0", "-1", "+1", "1.5", "abc", "99999999999999999999",
				"9223372036854775808", "１２", "1 or 1=1", "<script>" }) {
			assertThat(OrderId.parse(nonsense)).as(nonsense).isEmpty();
		}
		assertThat(CheckoutToken.parse("6f1d2c1e-2f4b-4f7e-9d55-0b8f3b1f7a10")).isPresent();
		for (String nonsense : new String[] { null, "", "x", "6F1D2C1E-2F4B-4F7E-9D55-0B8F3B1F7A10",
				"6f1d2c1e-2f4b-4f7e-9d55-0b8f3b1f7a10' or '1'='1", "a".repeat(10_000) }) {
			assertThat(CheckoutToken.parse(nonsense)).as(nonsense).isEmpty();
		}
	}

}
