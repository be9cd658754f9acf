package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * An order to record, as the checkout bought it.
 *
 * @param customer who bought
 * @param checkoutReference the checkout form it comes from; one order per reference
 * @param paymentReference the payment authorisation it holds, {@code null} for an order
 * that cost nothing
 * @param placedAt when
 * @param currency ISO 4217 code of every line
 * @param quotedTotalCents the total the customer confirmed; more than the lines' total
 * when prices went down since
 * @param lines what was bought, at least one line
 */
public record NewOrder(CustomerId customer, String checkoutReference, String paymentReference, Instant placedAt,
		String currency, long quotedTotalCents, List<Line> lines) {

	public NewOrder {
		Objects.requireNonNull(customer, "customer");
		Objects.requireNonNull(checkoutReference, "checkoutReference");
		Objects.requireNonNull(placedAt, "placedAt");
		Objects.requireNonNull(currency, "currency");
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one line");
		}
		lines = List.copyOf(lines);
	}

	public long totalCents() {
		return totalOf(this.lines);
	}

	/** The lines by manufacturer code, in code order: one sub-order each. */
	Map<String, List<Line>> byManufacturer() {
		return this.lines.stream()
			.collect(Collectors.groupingBy(Line::manufacturerCode, TreeMap::new, Collectors.toList()));
	}

	static long totalOf(List<Line> lines) {
		return lines.stream().mapToLong(Line::totalCents).reduce(0, Math::addExact);
	}

	/**
	 * One product bought.
	 *
	 * @param offering the offering
	 * @param sku the manufacturer's product code
	 * @param productName the product's name at purchase time
	 * @param manufacturerCode who supplies it
	 * @param manufacturerName its name at purchase time
	 * @param unitPriceCents the price paid per unit
	 * @param quantity units bought
	 */
	public record Line(OfferingId offering, String sku, String productName, String manufacturerCode,
			String manufacturerName, long unitPriceCents, int quantity) {

		public long totalCents() {
			return Math.multiplyExact(this.unitPriceCents, (long) this.quantity);
		}

	}

}
