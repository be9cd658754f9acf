package dev.centraldistribution.distributor.web;

import java.util.Locale;

import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderStatus;

import org.springframework.stereotype.Component;

/**
 * One vocabulary for orders and their parts, with one colour per word: a part the
 * manufacturer accepted is "Confirmed", as an order all of whose parts were accepted is.
 * {@code ${@statuses.label(status)}} is the word, {@code ${@statuses.badge(status)}} the
 * badge's classes (colours in css/shop.css, each with text of enough contrast).
 */
@Component("statuses")
public class StatusWords {

	/**
	 * The word for an order's or a part's status.
	 * @param status an {@link OrderStatus} or a {@link SubOrderStatus}
	 * @return the word, capitalised
	 */
	public String label(Enum<?> status) {
		return switch (key(status)) {
			case "placed" -> "Placed";
			case "confirmed" -> "Confirmed";
			case "partially-confirmed" -> "Partially confirmed";
			case "partially-shipped" -> "Partially shipped";
			case "shipped" -> "Shipped";
			case "delivered" -> "Delivered";
			case "rejected" -> "Rejected";
			case "cancel-requested" -> "Cancel requested";
			case "cancelled" -> "Cancelled";
			default -> throw new IllegalArgumentException("No word for " + status);
		};
	}

	/**
	 * The classes of a badge showing the status in its colour.
	 * @param status an {@link OrderStatus} or a {@link SubOrderStatus}
	 * @return the classes
	 */
	public String badge(Enum<?> status) {
		return "badge status status-" + key(status);
	}

	private static String key(Enum<?> status) {
		if (status == SubOrderStatus.ACCEPTED) {
			return "confirmed";
		}
		if (!(status instanceof OrderStatus) && !(status instanceof SubOrderStatus)) {
			throw new IllegalArgumentException("Not an order status: " + status);
		}
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
