package dev.centraldistribution.distributor.adapters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import tools.jackson.databind.JsonNode;

/**
 * The {@code shop} adapter's reading: every page of the shop's products and of its stock
 * (separate resources), joined by product id into our snapshot: the title as name, the
 * decimal price in minor units of its currency, the units on hand as available, and as
 * applied total what the shop answered of our purchases before this pull started
 * ({@link AnsweredPurchases}), read first so that every unit it counts is in the stock
 * read after it.
 * <p>
 * Besides every snapshot's rules: a list that loops or never ends, or a 5xx on any page,
 * rejects the whole snapshot ({@link ShopPages}); so do prices that change currency
 * within the list (a shop sells in one); a product without stock, or whose price is not a
 * plain decimal in its currency's minor units, is rejected alone.
 */
final class ShopOfferings implements OfferingsSource {

	static final String PRODUCTS = "/shop/v1/products";

	static final String STOCK = "/shop/v1/stock";

	/** The largest page the shop simulator serves. */
	static final int PAGE_SIZE = 500;

	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,4})?");

	private final ShopPages pages;

	private final AppliedTotals answered;

	ShopOfferings(ShopPages pages, AppliedTotals answered) {
		this.pages = pages;
		this.answered = answered;
	}

	@Override
	public Offerings read(Manufacturer manufacturer, String ifNoneMatch) throws PullFailedException {
		Map<String, Long> applied = this.answered.of(manufacturer.code());
		List<JsonNode> products = this.pages.readAll(manufacturer.baseUrl(), PRODUCTS);
		Map<String, Long> stock = stock(this.pages.readAll(manufacturer.baseUrl(), STOCK));
		List<ProductRead> reads = new ArrayList<>(products.size());
		String currency = null;
		for (JsonNode product : products) {
			ProductRead read = read(product, stock, applied);
			if (read instanceof ProductRead.Accepted ok) {
				if (currency != null && !currency.equals(ok.product().currency())) {
					throw new PullFailedException(PullFailureReason.CURRENCY_CHANGED,
							"prices change from " + currency + " to " + ok.product().currency() + " within the list");
				}
				currency = ok.product().currency();
			}
			reads.add(read);
		}
		ReadSnapshot snapshot = SnapshotReader.unique(reads);
		if (!products.isEmpty() && snapshot.accepted().isEmpty()) {
			throw new PullFailedException(PullFailureReason.NO_VALID_PRODUCTS, "all " + products.size()
					+ " products rejected, first because of " + snapshot.rejected().get(0).reason().tag());
		}
		return new Offerings(snapshot, null);
	}

	/** The applied totals of a manufacturer that reports none, as they stand. */
	@FunctionalInterface
	interface AppliedTotals {

		Map<String, Long> of(String manufacturerCode);

	}

	private static Map<String, Long> stock(List<JsonNode> entries) {
		Map<String, Long> stock = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (JsonNode entry : entries) {
			JsonNode id = entry.get("productId");
			JsonNode onHand = entry.get("onHand");
			if (id != null && id.isString() && onHand != null && onHand.isIntegralNumber()
					&& onHand.canConvertToLong()) {
				stock.put(id.stringValue(), onHand.longValue());
				seen.merge(id.stringValue(), 1, Integer::sum);
			}
		}
		// Stock said twice is not known: its product is rejected for want of stock.
		seen.forEach((sku, count) -> {
			if (count > 1) {
				stock.remove(sku);
			}
		});
		return stock;
	}

	private static ProductRead read(JsonNode product, Map<String, Long> stock, Map<String, Long> applied) {
		if (product == null || !product.isObject()) {
			return new ProductRead.Rejected(null, RejectionReason.NOT_AN_OBJECT);
		}
		JsonNode id = product.get("productId");
		String sku = (id != null && id.isString()) ? id.stringValue() : null;
		JsonNode title = product.get("title");
		JsonNode price = product.get("price");
		JsonNode amount = (price != null && price.isObject()) ? price.get("amount") : null;
		JsonNode currency = (price != null && price.isObject()) ? price.get("currency") : null;
		if (sku == null || title == null || amount == null || currency == null) {
			return new ProductRead.Rejected(sku, RejectionReason.MISSING_FIELD);
		}
		JsonNode category = product.get("category");
		boolean noCategory = category == null || category.isNull();
		if (!title.isString() || !amount.isString() || !currency.isString() || !(noCategory || category.isString())) {
			return new ProductRead.Rejected(sku, RejectionReason.WRONG_TYPE);
		}
		if (!ProductRules.isCurrency(currency.stringValue())) {
			return new ProductRead.Rejected(sku, RejectionReason.INVALID_CURRENCY);
		}
		long cents = minorUnits(amount.stringValue(), currency.stringValue());
		if (cents < 0) {
			return new ProductRead.Rejected(sku, RejectionReason.PRICE_OUT_OF_RANGE);
		}
		Long onHand = stock.get(sku);
		if (onHand == null) {
			return new ProductRead.Rejected(sku, RejectionReason.MISSING_FIELD);
		}
		return ProductReader.checked(sku, title.stringValue(), currency.stringValue(), cents, onHand,
				applied.getOrDefault(sku, 0L), null, noCategory ? null : category.stringValue());
	}

	/** "12.50" EUR is 1250; -1 when it is not a plain decimal in the currency's units. */
	static long minorUnits(String amount, String currency) {
		if (!DECIMAL.matcher(amount).matches()) {
			return -1;
		}
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		BigDecimal value = new BigDecimal(amount);
		if (value.stripTrailingZeros().scale() > digits) {
			return -1;
		}
		return value.movePointRight(digits).longValueExact();
	}

}
