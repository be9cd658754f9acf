package dev.centraldistribution.distributor.payments;

import java.util.Map;

/**
 * How the simulated gateway answers for a card, decided once when the card is put on
 * file: a few documented test numbers always decline, every other valid number approves.
 */
enum TestCardBehaviour {

	APPROVE(null),

	DECLINE("Card declined"),

	INSUFFICIENT_FUNDS("Insufficient funds"),

	EXPIRED_CARD("Card expired");

	private static final Map<String, TestCardBehaviour> TEST_NUMBERS = Map.of("4000000000000002", DECLINE,
			"4000000000009995", INSUFFICIENT_FUNDS, "4000000000000069", EXPIRED_CARD);

	private final String declineReason;

	TestCardBehaviour(String declineReason) {
		this.declineReason = declineReason;
	}

	/** Why an authorisation is declined; {@code null} when it is approved. */
	String declineReason() {
		return this.declineReason;
	}

	static TestCardBehaviour of(CardNumber number) {
		return TEST_NUMBERS.getOrDefault(number.digits(), APPROVE);
	}

}
