package dev.centraldistribution.distributor.web.account;

import java.util.List;

/**
 * The card numbers the simulated gateway knows, listed on the card page so that anyone
 * trying the shop can pick the outcome of a purchase.
 *
 * @param number as printed
 * @param brand the brand
 * @param outcome what a purchase with it does
 */
record TestCard(String number, String brand, String outcome) {

	static final List<TestCard> ALL = List.of(new TestCard("4242 4242 4242 4242", "Visa", "approved"),
			new TestCard("5555 5555 5555 4444", "Mastercard", "approved"),
			new TestCard("2223 0031 2200 3222", "Mastercard", "approved"),
			new TestCard("3782 822463 10005", "American Express", "approved (4-digit security code)"),
			new TestCard("6011 1111 1111 1117", "Discover", "approved"),
			new TestCard("4000 0000 0000 0002", "Visa", "declined: card declined"),
			new TestCard("4000 0000 0000 9995", "Visa", "declined: insufficient funds"),
			new TestCard("4000 0000 0000 0069", "Visa", "declined: card expired"));

}
