package dev.centraldistribution.distributor.sync;

/**
 * What asking for a pull of one manufacturer did.
 */
public sealed interface PullRequest {

	/** Its pull started on this instance; the console shows how it went once it ends. */
	record Started(String code) implements PullRequest {
	}

	/** It is unlisted: removed from the configuration, not pulled until it is back. */
	record Unlisted(String code) implements PullRequest {
	}

	/** No manufacturer has this code. */
	record UnknownManufacturer(String code) implements PullRequest {
	}

}
