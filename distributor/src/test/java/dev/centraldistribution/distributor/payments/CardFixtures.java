package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;
import java.time.ZoneOffset;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * Puts the documented test cards on file for tests.
 */
public final class CardFixtures {

	/** Always approved. */
	public static final String APPROVING = "4242 4242 4242 4242";

	/** Always declined: "Card declined". */
	public static final String DECLINING = "4000 0000 0000 0002";

	/** Always declined: "Insufficient funds". */
	public static final String INSUFFICIENT_FUNDS = "4000 0000 0000 9995";

	private final CardVault vault;

	public CardFixtures(CardVault vault) {
		this.vault = vault;
	}

	public MaskedCard approving(CustomerId customer) {
		return card(customer, APPROVING);
	}

	public MaskedCard card(CustomerId customer, String number) {
		return this.vault.register(customer, CardNumber.parse(number), YearMonth.now(ZoneOffset.UTC).plusYears(3));
	}

}
