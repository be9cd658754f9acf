package dev.centraldistribution.distributor.catalog;

import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator ends a {@link PauseSelling pause}: the manufacturer's offerings sell again
 * as they would have without it, that is when it is alive and their price is not held.
 */
@Service
public class ResumeSelling {

	private static final Logger logger = LoggerFactory.getLogger(ResumeSelling.class);

	private final ManufacturerDirectory manufacturers;

	private final SupplierSellability sellability;

	ResumeSelling(ManufacturerDirectory manufacturers, SupplierSellability sellability) {
		this.manufacturers = manufacturers;
		this.sellability = sellability;
	}

	/**
	 * Resumes the sale of one manufacturer's goods.
	 * @param code the manufacturer
	 * @param operator who asked, for the log
	 * @return what happened
	 */
	@Transactional
	public SellingChange resume(String code, String operator) {
		return this.manufacturers.findByCode(code).<SellingChange>map((manufacturer) -> {
			boolean sellable = this.manufacturers.isSellable(manufacturer.id());
			int back = this.sellability.pause(manufacturer.id(), sellable, null);
			logger.info("Operator {} resumed selling manufacturer {}: {} offerings back on sale", operator, code, back);
			return new SellingChange.Resumed(code, back, sellable);
		}).orElseGet(() -> new SellingChange.UnknownManufacturer(code));
	}

}
