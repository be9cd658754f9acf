package dev.centraldistribution.distributor.web.allocation;

import java.util.Optional;

import dev.centraldistribution.distributor.allocation.AllocationProperties;
import dev.centraldistribution.distributor.allocation.City;
import dev.centraldistribution.distributor.allocation.DeliveryCities;
import dev.centraldistribution.distributor.allocation.Strategy;

/**
 * The proposal form as sent: each field read strictly, with the message a person sees
 * when it is not usable. A missing strategy takes nearest first, a missing city the
 * customer's own (or the configured default); a missing quantity asks for one.
 *
 * @param quantity units, when usable
 * @param strategy the strategy, when usable
 * @param city the delivery city, when usable
 * @param problem what is wrong with the form, if anything
 */
record ProposalForm(Long quantity, Strategy strategy, City city, String problem) {

	static ProposalForm read(String quantity, String strategy, String city, String homeCity, DeliveryCities cities,
			AllocationProperties properties) {
		Strategy chosen = (strategy == null || strategy.isBlank()) ? Strategy.NEAREST
				: Strategy.parse(strategy).orElse(null);
		City deliverTo = ((city == null || city.isBlank()) ? cities.find(homeCity) : cities.find(city)).orElse(null);
		Optional<Long> units = units(quantity, properties.maxQuantity());
		String problem = null;
		if (chosen == null) {
			problem = "Choose one of the strategies below.";
		}
		else if (deliverTo == null) {
			problem = "Choose a delivery city from the list.";
		}
		else if (quantity != null && !quantity.isBlank() && units.isEmpty()) {
			problem = "Give a quantity from 1 to " + properties.maxQuantity() + ", in digits.";
		}
		return new ProposalForm(units.orElse(null), chosen, deliverTo, problem);
	}

	boolean complete() {
		return this.problem == null && this.quantity != null;
	}

	private static Optional<Long> units(String text, int max) {
		if (text == null) {
			return Optional.empty();
		}
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > 9 || !stripped.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		long value = Long.parseLong(stripped);
		return (value >= 1 && value <= max) ? Optional.of(value) : Optional.empty();
	}

}
