package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * A card in the vault: what may be kept of it.
 *
 * @param customer whose card it is
 * @param token what authorisations refer to the card by
 * @param brand the card's brand
 * @param lastFour the last four digits
 * @param expiry the month the card expires at the end of
 * @param behaviour how the simulated gateway answers for it
 */
record StoredCard(CustomerId customer, String token, CardBrand brand, String lastFour, YearMonth expiry,
		TestCardBehaviour behaviour) {

	MaskedCard masked() {
		return new MaskedCard(this.brand.displayName(), this.lastFour, this.expiry);
	}

}
