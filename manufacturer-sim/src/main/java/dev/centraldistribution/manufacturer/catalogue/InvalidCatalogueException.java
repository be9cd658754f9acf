package dev.centraldistribution.manufacturer.catalogue;

import org.springframework.core.io.Resource;

/**
 * The catalogue file cannot be used; the message names the file and every problem found.
 */
class InvalidCatalogueException extends IllegalStateException {

	InvalidCatalogueException(Resource catalogue, String problem) {
		super("Catalogue " + catalogue.getDescription() + " is invalid: " + problem);
	}

	InvalidCatalogueException(Resource catalogue, String problem, Throwable cause) {
		super("Catalogue " + catalogue.getDescription() + " is invalid: " + problem, cause);
	}

}
