package dev.centraldistribution.distributor.cart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cart_line} table. Every statement names the customer, so that no customer
 * can read or change another's lines by guessing ids.
 */
@Repository
class CartLines {

	private static final String COLUMNS = "select id, offering_id, quantity from cart_line ";

	/** Offering ids per statement when removing from every cart, one bind value each. */
	private static final int OFFERINGS_PER_STATEMENT = 1_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	CartLines(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<StoredCartLine> of(CustomerId customer) {
		return this.jdbc.sql(COLUMNS + "where customer_id = :customer order by added_at, id")
			.param("customer", customer.value())
			.query(CartLines::line)
			.list();
	}

	Optional<StoredCartLine> find(CustomerId customer, OfferingId offering) {
		return this.jdbc.sql(COLUMNS + "where customer_id = :customer and offering_id = :offering")
			.param("customer", customer.value())
			.param("offering", offering.value())
			.query(CartLines::line)
			.optional();
	}

	Optional<StoredCartLine> find(CustomerId customer, CartLineId line) {
		return this.jdbc.sql(COLUMNS + "where customer_id = :customer and id = :id")
			.param("customer", customer.value())
			.param("id", line.value())
			.query(CartLines::line)
			.optional();
	}

	long units(CustomerId customer) {
		return this.jdbc.sql("select coalesce(sum(quantity), 0) from cart_line where customer_id = :customer")
			.param("customer", customer.value())
			.query(Long.class)
			.single();
	}

	long count(CustomerId customer) {
		return this.jdbc.sql("select count(*) from cart_line where customer_id = :customer")
			.param("customer", customer.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the customer's cart until the transaction ends, creating its row the first
	 * time: additions of new lines by one customer then count the lines one after the
	 * other. A concurrent first insert of the same row waits for the other to commit and
	 * then inserts nothing.
	 */
	void lock(CustomerId customer) {
		this.jdbc.sql("insert into cart (customer_id) values (:customer) on conflict do nothing")
			.param("customer", customer.value())
			.update();
		this.jdbc.sql("select customer_id from cart where customer_id = :customer for update")
			.param("customer", customer.value())
			.query(Long.class)
			.single();
	}

	/** Adds a line unless the customer has one for the offering already. */
	boolean insertIfAbsent(CustomerId customer, OfferingId offering, int quantity) {
		return this.jdbc.sql("""
				insert into cart_line (customer_id, offering_id, quantity, added_at)
				values (:customer, :offering, :quantity, :now)
				on conflict do nothing
				""")
			.param("customer", customer.value())
			.param("offering", offering.value())
			.param("quantity", quantity)
			.param("now", OffsetDateTime.now(this.clock))
			.update() == 1;
	}

	/** Adds units to a line as long as it then holds no more than the limit. */
	boolean increase(CustomerId customer, OfferingId offering, int quantity, long limit) {
		return this.jdbc.sql("""
				update cart_line set quantity = quantity + :quantity
				where customer_id = :customer and offering_id = :offering and quantity + :quantity <= :limit
				""")
			.param("customer", customer.value())
			.param("offering", offering.value())
			.param("quantity", quantity)
			.param("limit", limit)
			.update() == 1;
	}

	boolean change(CustomerId customer, CartLineId line, int quantity) {
		return this.jdbc.sql("update cart_line set quantity = :quantity where customer_id = :customer and id = :id")
			.param("customer", customer.value())
			.param("id", line.value())
			.param("quantity", quantity)
			.update() == 1;
	}

	/** Lowers a line to a quantity, leaving it alone when it holds no more than that. */
	boolean reduce(CustomerId customer, CartLineId line, int quantity) {
		return this.jdbc.sql("""
				update cart_line set quantity = :quantity
				where customer_id = :customer and id = :id and quantity > :quantity
				""")
			.param("customer", customer.value())
			.param("id", line.value())
			.param("quantity", quantity)
			.update() == 1;
	}

	boolean remove(CustomerId customer, CartLineId line) {
		return this.jdbc.sql("delete from cart_line where customer_id = :customer and id = :id")
			.param("customer", customer.value())
			.param("id", line.value())
			.update() == 1;
	}

	int removeOfferings(CustomerId customer, Collection<OfferingId> offerings) {
		if (offerings.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from cart_line where customer_id = :customer and offering_id in (:offerings)")
			.param("customer", customer.value())
			.param("offerings", offerings.stream().map(OfferingId::value).toList())
			.update();
	}

	/** Removes the lines of these offerings from every customer's cart. */
	int removeFromEveryCart(Collection<OfferingId> offerings) {
		int removed = 0;
		List<Long> ids = offerings.stream().map(OfferingId::value).sorted().toList();
		for (int from = 0; from < ids.size(); from += OFFERINGS_PER_STATEMENT) {
			removed += this.jdbc.sql("delete from cart_line where offering_id in (:offerings)")
				.param("offerings", ids.subList(from, Math.min(ids.size(), from + OFFERINGS_PER_STATEMENT)))
				.update();
		}
		return removed;
	}

	private static StoredCartLine line(ResultSet row, int rowNumber) throws SQLException {
		return new StoredCartLine(new CartLineId(row.getLong("id")), new OfferingId(row.getLong("offering_id")),
				row.getInt("quantity"));
	}

}
