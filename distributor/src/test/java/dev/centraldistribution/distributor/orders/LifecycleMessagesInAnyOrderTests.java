package dev.centraldistribution.distributor.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property test of the distributor's side of the lifecycle: for each seed, an order of
 * two parts lives one of the stories a manufacturer can tell (shipped and delivered; or
 * cancelled before shipping; or cancelled before its purchase arrived; or a cancel asked
 * after shipping and refused), and its messages reach the distributor in a random order,
 * some twice, with the customer's cancel at a random moment before the manufacturer's
 * answer to it. After every message no part has moved back, and in the end each part
 * stands where its story ends and every line owed money was refunded exactly once.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class LifecycleMessagesInAnyOrderTests {

	@Autowired
	MoveSubOrder move;

	@Autowired
	AnswerSubOrder answer;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	RequestCancellation cancellation;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 })
	void everyPartEndsWhereItsStoryEndsAndIsRefundedOnce(long seed) {
		Random random = new Random(seed);
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		CustomerId customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(customer);
		Map<String, String> skus = new LinkedHashMap<>();
		for (String name : List.of("acme", "globex")) {
			long manufacturer = offerings.manufacturer(name, name);
			String code = this.jdbc.sql("select code from manufacturer where id = :id")
				.param("id", manufacturer)
				.query(String.class)
				.single();
			skus.put(code, offerings.sku(name));
			OfferingId offering = offerings.offering(manufacturer, skus.get(code), name, 1_000, 10);
			this.addToCart.add(customer, offering, 1 + random.nextInt(3));
		}
		OrderId order = ((CheckoutOutcome.Placed) this.placeOrder.place(customer,
				this.startCheckout.start(customer).token()))
			.order();

		List<Part> parts = skus.entrySet()
			.stream()
			.map((code) -> new Part(subOrder(order, code.getKey()), code.getKey(), code.getValue(), Story.pick(random)))
			.toList();
		List<Delivery> deliveries = new ArrayList<>();
		for (Part part : parts) {
			deliveries.addAll(part.messages());
		}
		for (int i = deliveries.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Delivery swapped = deliveries.get(i);
			deliveries.set(i, deliveries.get(j));
			deliveries.set(j, swapped);
		}
		for (int twice = random.nextInt(4); twice > 0; twice--) {
			deliveries.add(random.nextInt(deliveries.size()), deliveries.get(random.nextInt(deliveries.size())));
		}

		Map<Long, Integer> refunds = new HashMap<>();
		List<String> seen = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			for (Part part : parts) {
				if (part.story.cancels() && !part.cancelAsked
						&& (delivery.needsCancel(part) || random.nextInt(4) == 0)) {
					this.cancellation.request(customer, order, part.subOrder);
					part.cancelAsked = true;
					seen.add("cancel " + part);
				}
			}
			SubOrderStatus before = status(delivery.part.subOrder);
			refundsOf(delivery.deliver(this.move, this.answer)).forEach((line) -> refunds.merge(line, 1, Integer::sum));
			SubOrderStatus after = status(delivery.part.subOrder);
			seen.add(delivery + " " + before + "->" + after);
			assertThat(rank(after)).as("seed %d, moved back after %s", seed, seen).isGreaterThanOrEqualTo(rank(before));
			for (Part part : parts) {
				assertThat(this.jdbc
					.sql("select count(*) from offering where sku = :sku and (available > 10 "
							+ "or available <> received_total - sold_total)")
					.param("sku", part.sku)
					.query(Long.class)
					.single()).as("seed %d, stock of %s more than it was or not conserved after %s", seed, part, seen)
					.isZero();
			}
		}

		for (Part part : parts) {
			assertThat(status(part.subOrder)).as("seed %d, %s after %s", seed, part, seen).isEqualTo(part.story.end);
			for (long line : lines(part.subOrder)) {
				int expected = part.story.refunds() ? 1 : 0;
				assertThat(refunds.getOrDefault(line, 0))
					.as("seed %d, refunds of line %d of %s after %s", seed, line, part, seen)
					.isEqualTo(expected);
			}
		}
	}

	private static List<Long> refundsOf(Object outcome) {
		if (outcome instanceof EventOutcome.Applied applied) {
			return applied.refundsDue().stream().map(RefundDue::orderLineId).toList();
		}
		if (outcome instanceof AnswerOutcome.Applied applied) {
			return applied.refundsDue().stream().map(RefundDue::orderLineId).toList();
		}
		return List.of();
	}

	/** How far along a sub-order is; the terminal states are furthest. */
	private static int rank(SubOrderStatus status) {
		return switch (status) {
			case PLACED -> 0;
			case ACCEPTED -> 1;
			case CANCEL_REQUESTED -> 2;
			case SHIPPED -> 3;
			case DELIVERED -> 4;
			case CANCELLED, REJECTED -> 5;
		};
	}

	private SubOrderId subOrder(OrderId order, String code) {
		return new SubOrderId(
				this.jdbc.sql("select id from sub_order where order_id = :order and manufacturer_code = :code")
					.param("order", order.value())
					.param("code", code)
					.query(Long.class)
					.single());
	}

	private SubOrderStatus status(SubOrderId subOrder) {
		return this.jdbc.sql("select status from sub_order where id = :id")
			.param("id", subOrder.value())
			.query((row, number) -> SubOrderStatus.valueOf(row.getString("status")))
			.single();
	}

	private List<Long> lines(SubOrderId subOrder) {
		return this.jdbc.sql("select id from order_line where sub_order_id = :id")
			.param("id", subOrder.value())
			.query(Long.class)
			.list();
	}

	/** What the manufacturer did with a part, and where the part must end. */
	enum Story {

		/** Accepted, shipped, delivered; nobody cancels. */
		DELIVERED(SubOrderStatus.DELIVERED),

		/** Accepted, then cancelled before it shipped. */
		CANCELLED_BEFORE_SHIPPING(SubOrderStatus.CANCELLED),

		/** The cancellation reached the manufacturer before the purchase. */
		CANCELLED_BEFORE_PURCHASE(SubOrderStatus.CANCELLED),

		/** Accepted and shipped; the cancel came too late and was refused; delivered. */
		CANCEL_REFUSED(SubOrderStatus.DELIVERED);

		private final SubOrderStatus end;

		Story(SubOrderStatus end) {
			this.end = end;
		}

		static Story pick(Random random) {
			return values()[random.nextInt(values().length)];
		}

		boolean cancels() {
			return this != DELIVERED;
		}

		boolean refunds() {
			return this == CANCELLED_BEFORE_SHIPPING || this == CANCELLED_BEFORE_PURCHASE;
		}

	}

	/** A part of the order, and whether its customer has asked to cancel it yet. */
	private final class Part {

		private final SubOrderId subOrder;

		private final String manufacturer;

		private final String sku;

		private final Story story;

		private boolean cancelAsked;

		Part(SubOrderId subOrder, String manufacturer, String sku, Story story) {
			this.subOrder = subOrder;
			this.manufacturer = manufacturer;
			this.sku = sku;
			this.story = story;
		}

		/** The messages the manufacturer sends in this story, each with its own id. */
		List<Delivery> messages() {
			return switch (this.story) {
				case DELIVERED ->
					List.of(acknowledgement(true), event(SubOrderEvent.SHIPPED), event(SubOrderEvent.DELIVERED));
				case CANCELLED_BEFORE_SHIPPING -> List.of(acknowledgement(true), event(SubOrderEvent.CANCEL_CONFIRMED));
				case CANCELLED_BEFORE_PURCHASE ->
					List.of(acknowledgement(false), event(SubOrderEvent.CANCEL_CONFIRMED));
				case CANCEL_REFUSED -> List.of(acknowledgement(true), event(SubOrderEvent.SHIPPED),
						event(SubOrderEvent.DELIVERED), event(SubOrderEvent.CANCEL_REFUSED));
			};
		}

		private Delivery acknowledgement(boolean accepted) {
			return new Delivery(this, null, accepted, null);
		}

		private Delivery event(SubOrderEvent event) {
			return new Delivery(this, event, false, UUID.randomUUID().toString());
		}

		@Override
		public String toString() {
			return this.manufacturer + " " + this.story;
		}

	}

	/**
	 * One message to the distributor: an acknowledgement (its lines accepted or not) or a
	 * report with its message id.
	 */
	private record Delivery(Part part, SubOrderEvent event, boolean accepted, String messageId) {

		/**
		 * The manufacturer answers a cancellation only after the customer asked for it.
		 */
		boolean needsCancel(Part of) {
			return of == this.part && (this.event == SubOrderEvent.CANCEL_CONFIRMED
					|| this.event == SubOrderEvent.CANCEL_REFUSED || (this.event == null && !this.accepted));
		}

		Object deliver(MoveSubOrder move, AnswerSubOrder answer) {
			if (this.event == null) {
				return answer.answer(this.part.subOrder, this.part.manufacturer,
						List.of(new LineAnswer(this.part.sku, this.accepted, this.accepted ? null : "cancelled")));
			}
			return move.apply(new SubOrderMessage(this.messageId, this.part.subOrder, this.part.manufacturer,
					this.event, (this.event == SubOrderEvent.SHIPPED) ? new Shipment("Parcelways", "PW-1") : null));
		}

		@Override
		public String toString() {
			return this.part.manufacturer + " "
					+ ((this.event != null) ? this.event : (this.accepted ? "ACK" : "NACK"));
		}

	}

}
