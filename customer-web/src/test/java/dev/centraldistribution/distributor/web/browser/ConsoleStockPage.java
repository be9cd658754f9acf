package dev.centraldistribution.distributor.web.browser;

/** The console's stock page, {@code /admin/stock}. */
final class ConsoleStockPage extends ConsolePage {

	ConsoleStockPage(Shop shop) {
		super(shop, "Stock · Operator console");
	}

}
