package dev.centraldistribution.distributor.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.cart.ClearCart;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderPlaced;
import dev.centraldistribution.distributor.orders.RecordOrder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checkout's one database transaction (docs/architecture.md, "Checkout, step by
 * step"): claim the token, write the order, clear the cart, then decrement stock as the
 * last statements before commit, so that a hot offering's row lock is held for the
 * shortest time. A shortage rolls everything back.
 */
@Component
class OrderPlacement {

	private final TransactionTemplate transaction;

	private final CheckoutTokens tokens;

	private final CheckoutQuotes quotes;

	private final RecordOrder orders;

	private final ClearCart clearCart;

	private final StockLedger stock;

	private final Clock clock;

	OrderPlacement(PlatformTransactionManager transactionManager, CheckoutTokens tokens, CheckoutQuotes quotes,
			RecordOrder orders, ClearCart clearCart, StockLedger stock, Clock clock) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.tokens = tokens;
		this.quotes = quotes;
		this.orders = orders;
		this.clearCart = clearCart;
		this.stock = stock;
		this.clock = clock;
	}

	Result place(IssuedToken token, Basket basket, long quotedTotalCents, String paymentReference) {
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			if (!this.tokens.claim(token, now)) {
				return new TokenTaken();
			}
			CustomerId customer = token.customer();
			this.quotes.forget(token.token());
			OrderPlaced placed = this.orders
				.record(basket.toOrder(customer, token.token(), paymentReference, now, quotedTotalCents));
			this.clearCart.removeCheckedOut(customer, basket.checkedOut());
			List<OfferingId> shortOfStock = this.stock.withdraw(basket.withdrawals());
			if (!shortOfStock.isEmpty()) {
				status.setRollbackOnly();
				return new RanShort(shortOfStock);
			}
			return new Placed(placed.order());
		});
	}

	sealed interface Result {

	}

	record Placed(OrderId order) implements Result {
	}

	/** Another submission of the same form placed the order, or ended this attempt. */
	record TokenTaken() implements Result {
	}

	record RanShort(List<OfferingId> offerings) implements Result {
	}

}
