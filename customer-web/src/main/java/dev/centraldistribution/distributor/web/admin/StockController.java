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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's stock page: per product and manufacturer, what is available, what sold
 * (this cycle and ever), what the manufacturer says it applied, and what is in flight;
 * with the last result of the books check. One manufacturer's, or every one's.
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
	String stock(@RequestParam(name = "manufacturer", required = false) String manufacturerCode, Model model) {
		Instant now = this.clock.instant();
		List<Manufacturer> all = this.manufacturers.all();
		Map<Long, Manufacturer> byId = new HashMap<>();
		all.forEach((manufacturer) -> byId.put(manufacturer.id(), manufacturer));
		Manufacturer chosen = all.stream()
			.filter((manufacturer) -> manufacturer.code().equals(manufacturerCode))
			.findFirst()
			.orElse(null);
		Long chosenId = (chosen != null) ? chosen.id() : null;
		Map<String, Long> soldThisCycle = new HashMap<>();
		this.cycles.current()
			.ifPresent((cycle) -> this.sales.between(cycle.openedAt(), now.plusMillis(1))
				.forEach((sold) -> soldThisCycle.merge(key(sold), sold.unitsSold(), Long::sum)));
		List<StockRow> rows = this.stock.offerings(chosenId, ROWS_SHOWN).stream().map((offering) -> {
			Manufacturer manufacturer = byId.get(offering.manufacturerId());
			String code = (manufacturer != null) ? manufacturer.code() : "?";
			return new StockRow(code, (manufacturer != null) ? manufacturer.name() : "?", offering.sku(),
					offering.productName(), offering.available(),
					soldThisCycle.getOrDefault(code + "/" + offering.sku(), 0L), offering.soldTotal(),
					offering.appliedTotal(), offering.inFlight(), offering.onSale());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("offeringCount", this.stock.offeringCount(chosenId));
		model.addAttribute("manufacturers", all);
		model.addAttribute("chosen", (chosen != null) ? chosen.code() : "");
		model.addAttribute("books", this.books.result().orElse(null));
		return "admin/stock";
	}

	private static String key(ProductSales sold) {
		return sold.manufacturerCode() + "/" + sold.sku();
	}

}
