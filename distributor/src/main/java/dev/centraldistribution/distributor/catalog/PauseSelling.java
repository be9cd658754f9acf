package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator takes a manufacturer's goods off sale, whatever its state, without losing
 * them: its offerings keep their rows, stock and books, and come back with
 * {@link ResumeSelling}. Pulls keep reconciling them meanwhile, off sale.
 */
@Service
public class PauseSelling {

	private static final Logger logger = LoggerFactory.getLogger(PauseSelling.class);

	private final ManufacturerDirectory manufacturers;

	private final SupplierSellability sellability;

	PauseSelling(ManufacturerDirectory manufacturers, SupplierSellability sellability) {
		this.manufacturers = manufacturers;
		this.sellability = sellability;
	}

	/**
	 * Pauses the sale of one manufacturer's goods.
	 * @param code the manufacturer
	 * @param operator who asked, for the log
	 * @param now the present moment
	 * @return what happened
	 */
	@Transactional
	public SellingChange pause(String code, String operator, Instant now) {
		return this.manufacturers.findByCode(code).<SellingChange>map((manufacturer) -> {
			Instant since = this.sellability.paused().getOrDefault(manufacturer.id(), now);
			int taken = this.sellability.pause(manufacturer.id(), this.manufacturers.isSellable(manufacturer.id()),
					OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
			logger.info("Operator {} paused selling manufacturer {}: {} offerings off sale", operator, code, taken);
			return new SellingChange.Paused(code, since, taken);
		}).orElseGet(() -> new SellingChange.UnknownManufacturer(code));
	}

}
