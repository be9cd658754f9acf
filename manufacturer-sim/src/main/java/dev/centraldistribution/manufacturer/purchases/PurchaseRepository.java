package dev.centraldistribution.manufacturer.purchases;

import java.util.Optional;

import dev.centraldistribution.contracts.PurchaseConfirmation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Processed confirmations and the stock they change. Every stock change is one
 * conditional statement: no read-then-write.
 */
@Repository
class PurchaseRepository {

	private final JdbcClient jdbc;

	PurchaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void storeAcknowledgement(String messageId, String acknowledgement, long accepted, long rejected) {
		this.jdbc.sql("""
				update processed_message
				set acknowledgement = :acknowledgement, lines_accepted = :accepted, lines_rejected = :rejected
				where message_id = :messageId
				""")
			.param("acknowledgement", acknowledgement)
			.param("accepted", accepted)
			.param("rejected", rejected)
			.param("messageId", messageId)
			.update();
	}

	Optional<String> findAcknowledgement(String messageId) {
		return this.jdbc.sql("""
				select acknowledgement from processed_message
				where message_id = :messageId and message_type = :type and acknowledgement is not null
				""")
			.param("messageId", messageId)
			.param("type", PurchaseConfirmation.TYPE)
			.query(String.class)
			.optional();
	}

	/**
	 * Supplies a line from stock and counts it as applied, if there is enough stock.
	 * @return whether the stock sufficed
	 */
	boolean supply(String sku, long quantity) {
		return this.jdbc.sql("""
				update product
				set available = available - :quantity, applied_total = applied_total + :quantity
				where sku = :sku and available >= :quantity
				""").param("quantity", quantity).param("sku", sku).update() == 1;
	}

	/**
	 * Counts a rejected line as applied: the distributor subtracts what it sold and the
	 * manufacturer has not processed yet, rejected lines included.
	 * @return whether the product exists
	 */
	boolean countRejected(String sku, long quantity) {
		return this.jdbc.sql("update product set applied_total = applied_total + :quantity where sku = :sku")
			.param("quantity", quantity)
			.param("sku", sku)
			.update() == 1;
	}

	/** Puts units a cancelled purchase had taken back into stock. */
	void release(String sku, long quantity) {
		this.jdbc.sql("update product set available = available + :quantity where sku = :sku")
			.param("quantity", quantity)
			.param("sku", sku)
			.update();
	}

	/** Stock of a product whose row this transaction has locked. */
	long available(String sku) {
		return this.jdbc.sql("select available from product where sku = :sku")
			.param("sku", sku)
			.query(Long.class)
			.single();
	}

}
