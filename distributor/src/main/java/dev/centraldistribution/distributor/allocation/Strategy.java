package dev.centraldistribution.distributor.allocation;

import java.util.Arrays;
import java.util.Optional;

/** The allocation strategies a customer can choose, each explained in a sentence. */
public enum Strategy {

	/** The manufacturers closest to the delivery point first. */
	NEAREST("Nearest first", "The manufacturers closest to you first: the shortest journeys."),

	/** The lowest unit price first; among equal prices, the nearest. */
	CHEAPEST("Cheapest first", "The lowest price first; at equal prices, the nearest."),

	/**
	 * A score of distance, price, how much each manufacturer has still to answer and how
	 * quickly it answers.
	 */
	BALANCED("Balanced", "Distance, price, how busy each manufacturer is and how quickly it answers, weighed equally.");

	private final String label;

	private final String description;

	Strategy(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The strategy a form names.
	 * @param name as sent, any case
	 * @return the strategy, empty for anything else
	 */
	public static Optional<Strategy> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((strategy) -> strategy.name().equalsIgnoreCase(name.strip())).findFirst();
	}

}
