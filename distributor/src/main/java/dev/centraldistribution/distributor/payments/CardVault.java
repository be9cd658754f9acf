package dev.centraldistribution.distributor.payments;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import dev.centraldistribution.distributor.customers.CustomerAccountLock;
import dev.centraldistribution.distributor.customers.CustomerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a customer's card on file, replacing the one before, or takes it off. Keeps the
 * brand, the last four digits and the expiry; the number itself ends here.
 */
@Service
public class CardVault {

	private static final Logger logger = LoggerFactory.getLogger(CardVault.class);

	private final StoredCards cards;

	private final CustomerAccountLock accounts;

	private final Clock clock;

	CardVault(StoredCards cards, CustomerAccountLock accounts, Clock clock) {
		this.cards = cards;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Puts a card on file.
	 * @param customer whose card it is
	 * @param number the checked number, see {@link CardNumber#parse(String)}
	 * @param expiry the checked expiry, see {@link CardExpiry#parse}
	 * @return the card as it may be shown
	 * @throws IllegalArgumentException when the card has expired or there is no such
	 * customer
	 */
	@Transactional
	public MaskedCard register(CustomerId customer, CardNumber number, YearMonth expiry) {
		if (expiry.isBefore(YearMonth.now(this.clock))) {
			throw new IllegalArgumentException("The card expired in " + expiry);
		}
		// Two registrations for one customer take turns.
		if (!this.accounts.lock(customer)) {
			throw new IllegalArgumentException("No customer " + customer);
		}
		StoredCard card = new StoredCard(customer, "card_" + UUID.randomUUID().toString().replace("-", ""),
				number.brand(), number.lastFour(), expiry, TestCardBehaviour.of(number));
		this.cards.replace(card);
		MaskedCard masked = card.masked();
		logger.info("Customer {} put a card on file: {}, expires {}", customer, masked.display(), expiry);
		return masked;
	}

	/**
	 * Takes a customer's card off file.
	 * @param customer whose card it is
	 * @return whether there was a card
	 */
	@Transactional
	public boolean remove(CustomerId customer) {
		boolean removed = this.cards.delete(customer);
		if (removed) {
			logger.info("Customer {} took their card off file", customer);
		}
		return removed;
	}

}
