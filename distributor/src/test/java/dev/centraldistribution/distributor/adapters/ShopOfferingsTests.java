package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A shop's paginated lists read into our snapshot, and what a shop can send that no
 * snapshot may take.
 */
class ShopOfferingsTests {

	private static final String PRODUCTS = ShopOfferings.PRODUCTS + "?page=0&size=2";

	private static final String STOCK = ShopOfferings.STOCK + "?page=0&size=2";

	private static final PullLimits LIMITS = new PullLimits(Duration.ofSeconds(2), Duration.ofSeconds(5),
			DataSize.ofKilobytes(64), 10);

	private final ShopStub shop = ShopStub.start();

	private final ShopOfferings offerings = new ShopOfferings(
			new ShopPages(new SnapshotDownloader(LIMITS), 2, LIMITS.maxProducts()), (code) -> Map.of("NUT", 7L));

	@AfterEach
	void stop() {
		this.shop.close();
	}

	@Test
	void joinsEveryPageOfProductsWithTheStockAndTheUnitsAnswered() throws Exception {
		this.shop
			.answer(PRODUCTS, 200,
					page(next(ShopOfferings.PRODUCTS, 1), product("BOLT", "Bolt", "0.25", "EUR"),
							product("NUT", "Nut", "12.5", "EUR")))
			.answer(ShopOfferings.PRODUCTS + "?page=1&size=2", 200,
					page(null, product("JPY-FREE", "Washer", "3", "EUR")))
			.answer(STOCK, 200, page(null, stock("BOLT", 40), stock("NUT", 0), stock("JPY-FREE", 5)));

		ReadSnapshot snapshot = this.offerings.read(shop(), null).snapshot();

		assertThat(snapshot.accepted()).containsExactly(new ProductOffering("BOLT", "Bolt", 25, "EUR", 40, 0),
				new ProductOffering("NUT", "Nut", 1250, "EUR", 0, 7),
				new ProductOffering("JPY-FREE", "Washer", 300, "EUR", 5, 0));
		assertThat(snapshot.rejected()).isEmpty();
	}

	@Test
	void aProductWithoutStockOrWithAPriceItsCurrencyCannotHaveIsLeftOut() throws Exception {
		this.shop
			.answer(PRODUCTS, 200,
					page(null, product("BOLT", "Bolt", "0.255", "EUR"), product("NUT", "Nut", "1", "EUR"),
							product("SCREW", "Screw", "-1", "EUR"), product("PIN", "Pin", "2", "EUR")))
			.answer(STOCK, 200, page(null, stock("BOLT", 4), stock("SCREW", 1), stock("PIN", 2)));

		ReadSnapshot snapshot = this.offerings.read(shop(), null).snapshot();

		assertThat(snapshot.accepted()).extracting(ProductOffering::sku).containsExactly("PIN");
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactlyInAnyOrder(RejectionReason.PRICE_OUT_OF_RANGE, RejectionReason.MISSING_FIELD,
					RejectionReason.PRICE_OUT_OF_RANGE);
	}

	@Test
	void anOptionalCategoryIsOursAndOneThatIsNoTextLeavesItsProductOut() throws Exception {
		this.shop
			.answer(PRODUCTS, 200,
					page(null, withCategory(product("BOX", "Box", "14.50", "EUR"), "\"storage\""),
							withCategory(product("MOP", "Mop", "4", "EUR"), "null"),
							withCategory(product("PIN", "Pin", "2", "EUR"), "{\"name\": \"x\"}")))
			.answer(STOCK, 200, page(null, stock("BOX", 4), stock("MOP", 1), stock("PIN", 2)));

		ReadSnapshot snapshot = this.offerings.read(shop(), null).snapshot();

		assertThat(snapshot.accepted()).containsExactly(
				new ProductOffering("BOX", "Box", 1450, "EUR", 4, 0, null, "storage"),
				new ProductOffering("MOP", "Mop", 400, "EUR", 1, 0));
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactly(RejectionReason.WRONG_TYPE);
	}

	@Test
	void aPageThatLinksBackIsALoop() {
		this.shop.answer(PRODUCTS, 200, page(next(ShopOfferings.PRODUCTS, 1), product("A", "A", "1", "EUR")))
			.answer(ShopOfferings.PRODUCTS + "?page=1&size=2", 200,
					page(next(ShopOfferings.PRODUCTS, 0), product("B", "B", "1", "EUR")));

		assertFails(PullFailureReason.PAGE_LOOP);
	}

	@Test
	void aListThatNeverEndsIsRefused() {
		for (int i = 0; i < 20; i++) {
			this.shop.answer(ShopOfferings.PRODUCTS + "?page=" + i + "&size=2", 200,
					page(next(ShopOfferings.PRODUCTS, i + 1), product("A" + i, "A", "1", "EUR")));
		}

		assertFails(PullFailureReason.PAGE_LOOP);
	}

	@Test
	void anEmptyPageThatLinksOnIsALoop() {
		this.shop.answer(PRODUCTS, 200, page(next(ShopOfferings.PRODUCTS, 1)));

		assertFails(PullFailureReason.PAGE_LOOP);
	}

	@Test
	void moreItemsThanTheLimitAreRefusedAsAWhole() {
		for (int i = 0; i < 6; i++) {
			this.shop.answer(ShopOfferings.PRODUCTS + "?page=" + i + "&size=2", 200,
					page(next(ShopOfferings.PRODUCTS, i + 1), product("A" + i, "A", "1", "EUR"),
							product("B" + i, "B", "1", "EUR")));
		}

		assertFails(PullFailureReason.TOO_MANY_PRODUCTS);
	}

	@Test
	void pricesThatChangeCurrencyWithinTheListAreRefused() {
		this.shop.answer(PRODUCTS, 200, page(next(ShopOfferings.PRODUCTS, 1), product("A", "A", "1", "EUR")))
			.answer(ShopOfferings.PRODUCTS + "?page=1&size=2", 200, page(null, product("B", "B", "1", "USD")))
			.answer(STOCK, 200, page(null, stock("A", 1), stock("B", 1)));

		assertFails(PullFailureReason.CURRENCY_CHANGED);
	}

	@Test
	void aServerErrorOnOnePageFailsTheWholePull() {
		this.shop.answer(PRODUCTS, 200, page(next(ShopOfferings.PRODUCTS, 1), product("A", "A", "1", "EUR")))
			.answer(ShopOfferings.PRODUCTS + "?page=1&size=2", 503, "{}");

		assertFails(PullFailureReason.HTTP_STATUS);
	}

	@Test
	void aNextLinkElsewhereIsNotFollowed() {
		this.shop.answer(PRODUCTS, 200,
				page("\"http://elsewhere.example/shop/v1/products?page=1\"", product("A", "A", "1", "EUR")));

		assertFails(PullFailureReason.INVALID_SNAPSHOT);
		assertThat(this.shop.received()).hasSize(1);
	}

	@Test
	void aPageThatIsNotJsonIsMalformed() {
		this.shop.answer(PRODUCTS, 200, "<html>");

		assertFails(PullFailureReason.MALFORMED);
	}

	private void assertFails(PullFailureReason reason) {
		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> this.offerings.read(shop(), null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	private Manufacturer shop() {
		URI baseUrl = this.shop.baseUrl();
		return new Manufacturer(1, "corner-shop", "Corner shop", baseUrl, null, AdapterKind.SHOP);
	}

	/** Minor units of a two-digit currency as the shop writes them. */
	static String decimal(long cents) {
		return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
	}

	private static String next(String path, int page) {
		return "\"" + path + "?page=" + page + "&size=2\"";
	}

	private static String page(String next, String... items) {
		return "{\"items\": [" + String.join(", ", items) + "], \"next\": " + ((next != null) ? next : "null") + "}";
	}

	private static String product(String id, String title, String amount, String currency) {
		return "{\"productId\": \"" + id + "\", \"title\": \"" + title + "\", \"price\": {\"amount\": \"" + amount
				+ "\", \"currency\": \"" + currency + "\"}}";
	}

	private static String withCategory(String product, String category) {
		return product.substring(0, product.length() - 1) + ", \"category\": " + category + "}";
	}

	private static String stock(String id, long onHand) {
		return "{\"productId\": \"" + id + "\", \"onHand\": " + onHand + "}";
	}

}
