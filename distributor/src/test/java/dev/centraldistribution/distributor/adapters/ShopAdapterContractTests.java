package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@code shop} adapter passes the adapter contract, against a shop double serving its
 * products and stock on pages of two.
 */
class ShopAdapterContractTests extends OfferingsSourceContract {

	private static final int PAGE_SIZE = 2;

	private final ShopStub shop = ShopStub.start();

	@AfterEach
	void stop() {
		this.shop.close();
	}

	@Override
	OfferingsSource source(PullLimits limits) {
		return new ShopOfferings(new ShopPages(new SnapshotDownloader(limits), PAGE_SIZE, limits.maxProducts()),
				(code) -> Map.of());
	}

	@Override
	AdapterKind kind() {
		return AdapterKind.SHOP;
	}

	@Override
	URI baseUrl() {
		return this.shop.baseUrl();
	}

	@Override
	void offer(List<ProductOffering> products) {
		servePages(ShopOfferings.PRODUCTS, products.stream()
			.map((product) -> "{\"productId\": \"" + product.sku() + "\", \"title\": \"" + escape(product.name())
					+ "\", \"price\": {\"amount\": \"" + ShopOfferingsTests.decimal(product.unitPriceCents())
					+ "\", \"currency\": \"" + product.currency() + "\"}}")
			.toList());
		servePages(ShopOfferings.STOCK, products.stream()
			.map((product) -> "{\"productId\": \"" + product.sku() + "\", \"onHand\": " + product.available() + "}")
			.toList());
	}

	@Override
	void failWith(int status) {
		this.shop.answer(page(ShopOfferings.PRODUCTS, 0), status, "{}");
	}

	@Override
	void serveGarbage() {
		this.shop.answer(page(ShopOfferings.PRODUCTS, 0), 200, "<html>Oops</html>");
	}

	private void servePages(String path, List<String> items) {
		int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		for (int i = 0; i < pages; i++) {
			String next = (i + 1 < pages) ? "\"" + page(path, i + 1) + "\"" : "null";
			String pageItems = items.stream()
				.skip((long) i * PAGE_SIZE)
				.limit(PAGE_SIZE)
				.collect(Collectors.joining(", "));
			this.shop.answer(page(path, i), 200, "{\"items\": [" + pageItems + "], \"next\": " + next + "}");
		}
	}

	private static String page(String path, int page) {
		return path + "?page=" + page + "&size=" + PAGE_SIZE;
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars()
			.forEach((c) -> escaped.append((c < 32 || c == '"' || c == '\\') ? String.format("\\u%04x", c) : (char) c));
		return escaped.toString();
	}

}
