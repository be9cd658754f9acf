package dev.centraldistribution.manufacturer.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid catalogue into a short startup report instead of a stack trace.
 */
class InvalidCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogueException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogueException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the catalogue file, or point manufacturer.catalogue at another one: a JSON list of products, "
						+ "each with sku, name, unitPriceCents, currency, initialStock, productionRate and cap, "
						+ "and optionally category.",
				cause);
	}

}
