package dev.centraldistribution.distributor.catalog;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sells units the way another customer's checkout would, through the stock ledger in a
 * transaction of its own, so that the sale is committed and announced
 * ({@link AvailabilityChanged}) before the test goes on. A bean of every test context.
 */
@Component
public class SalesElsewhere {

	private final TransactionTemplate transaction;

	private final StockLedger stock;

	SalesElsewhere(PlatformTransactionManager transactions, StockLedger stock) {
		this.transaction = new TransactionTemplate(transactions);
		this.stock = stock;
	}

	/**
	 * Sells units, which must be available.
	 * @param offering the offering
	 * @param quantity units to sell
	 */
	public void sell(OfferingId offering, long quantity) {
		List<OfferingId> shortOfStock = this.transaction
			.execute((status) -> this.stock.withdraw(List.of(new StockWithdrawal(offering, quantity))));
		assertThat(shortOfStock).as("offering %s had %d units to sell elsewhere", offering, quantity).isEmpty();
	}

}
