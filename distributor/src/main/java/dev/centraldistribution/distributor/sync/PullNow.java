package dev.centraldistribution.distributor.sync;

import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The operator asks for a pull of one manufacturer now, outside the schedule: it runs on
 * this instance, in the manufacturer's pull lane (after a pull of it already running
 * here), and records its outcome like any pull.
 */
@Service
public class PullNow {

	private static final Logger logger = LoggerFactory.getLogger(PullNow.class);

	private final ManufacturerDirectory manufacturers;

	private final CatalogSync sync;

	PullNow(ManufacturerDirectory manufacturers, CatalogSync sync) {
		this.manufacturers = manufacturers;
		this.sync = sync;
	}

	/**
	 * Starts the pull and returns without waiting for it.
	 * @param code the manufacturer
	 * @param operator who asked, for the log
	 * @return what happened
	 */
	public PullRequest pull(String code, String operator) {
		return this.manufacturers.findByCode(code).<PullRequest>map((manufacturer) -> {
			if (this.manufacturers.state(code).orElse(ManufacturerState.UNKNOWN) == ManufacturerState.UNLISTED) {
				return new PullRequest.Unlisted(code);
			}
			logger.info("Operator {} asked for a pull of manufacturer {} now", operator, code);
			this.sync.startPull(manufacturer);
			return new PullRequest.Started(code);
		}).orElseGet(() -> new PullRequest.UnknownManufacturer(code));
	}

}
