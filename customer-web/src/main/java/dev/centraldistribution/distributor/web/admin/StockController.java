package dev.centraldistribution.distributor.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.books.LastBooksCheck;
import dev.centraldistribution.distributor.catalog.StockFigures;
import dev.centraldistribution.distributor.cycles.SalesCycles;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.orders.SalesReport;
import dev.centraldistribution.distributor.orders.SalesReport.ProductSales;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's stock page: per product and manufacturer, what is available, what sold
 * (this cycle and ever), what the manufacturer says it applied, and what is in flight;
 * with the last result of the books check.
 */
@Controller
class StockController {

	/** Offerings listed at most; the page gives the total. */
	static final int ROWS_SHOWN = 500;

	private final StockFigures stock;

	private final ManufacturerDirectory manufacturers;

	private final SalesCycles cycles;

	private final SalesReport sales;

	private final LastBooksCheck books;

	private final Clock clock;

	StockController(StockFigures stock, ManufacturerDirectory manufacturers, SalesCycles cycles, SalesReport sales,
			LastBooksCheck books, Clock clock) {
		this.stock = stock;
		this.manufacturers = manufacturers;
		this.cycles = cycles;
		this.sales = sales;
		this.books = books;
		this.clock = clock;
	}

	@GetMapping("/admin/stock")
	String stock(Model model) {
		Instant now = this.clock.instant();
		Map<Long, Manufacturer> byId = new HashMap<>();
		this.manufacturers.all().forEach((manufacturer) -> byId.put(manufacturer.id(), manufacturer));
		Map<String, Long> soldThisCycle = new HashMap<>();
		this.cycles.current()
			.ifPresent((cycle) -> this.sales.between(cycle.openedAt(), now.plusMillis(1))
				.forEach((sold) -> soldThisCycle.merge(key(sold), sold.unitsSold(), Long::sum)));
		List<StockRow> rows = this.stock.offerings(ROWS_SHOWN).stream().map((offering) -> {
			Manufacturer manufacturer = byId.get(offering.manufacturerId());
			String code = (manufacturer != null) ? manufacturer.code() : "?";
			return new StockRow(code, (manufacturer != null) ? manufacturer.name() : "?", offering.sku(),
					offering.productName(), offering.available(),
					soldThisCycle.getOrDefault(code + "/" + offering.sku(), 0L), offering.soldTotal(),
					offering.appliedTotal(), offering.inFlight(), offering.onSale());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("offeringCount", this.stock.offeringCount());
		model.addAttribute("books", this.books.result().orElse(null));
		return "admin/stock";
	}

	private static String key(ProductSales sold) {
		return sold.manufacturerCode() + "/" + sold.sku();
	}

}
