package dev.centraldistribution.manufacturer.production;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs one production tick.
 */
@Service
class ProduceStock {

	private final ProductionRepository production;

	ProduceStock(ProductionRepository production) {
		this.production = production;
	}

	/**
	 * Grows every product's stock by its rate, up to its cap.
	 * @return how many products grew
	 */
	@Transactional
	int tick() {
		return this.production.produceOneTick();
	}

}
