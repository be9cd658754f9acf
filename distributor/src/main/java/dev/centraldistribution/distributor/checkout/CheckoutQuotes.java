package dev.centraldistribution.distributor.checkout;

import java.util.List;
import java.util.Optional;

import dev.centraldistribution.distributor.catalog.OfferingId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code checkout_quote_line} table and each token's mode: what each checkout form
 * showed.
 */
@Repository
class CheckoutQuotes {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batches;

	CheckoutQuotes(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Keeps what a newly issued form shows. */
	void save(CheckoutToken token, Quote quote) {
		this.jdbc.sql("update checkout_token set mode = :mode where token = :token")
			.param("mode", quote.mode().name())
			.param("token", token.value())
			.update();
		SqlParameterSource[] lines = quote.lines()
			.stream()
			.map((line) -> new MapSqlParameterSource().addValue("token", token.value())
				.addValue("offering", line.offering().value())
				.addValue("quantity", line.quantity())
				.addValue("price", line.unitPriceCents()))
			.toArray(SqlParameterSource[]::new);
		this.batches.batchUpdate("""
				insert into checkout_quote_line (token, offering_id, quantity, unit_price_cents)
				values (:token, :offering, :quantity, :price)""", lines);
	}

	/** What a form showed; empty for a form issued before forms kept what they showed. */
	Optional<Quote> find(CheckoutToken token) {
		List<QuotedLine> lines = this.jdbc.sql("""
				select offering_id, quantity, unit_price_cents from checkout_quote_line
				where token = :token order by offering_id""")
			.param("token", token.value())
			.query((row, number) -> new QuotedLine(new OfferingId(row.getLong("offering_id")), row.getInt("quantity"),
					row.getLong("unit_price_cents")))
			.list();
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		CheckoutMode mode = this.jdbc.sql("select mode from checkout_token where token = :token")
			.param("token", token.value())
			.query((row, number) -> CheckoutMode.valueOf(row.getString("mode")))
			.single();
		return Optional.of(new Quote(mode, lines));
	}

	/**
	 * Forgets the lines of a form that placed its order: the order keeps what was bought.
	 */
	void forget(CheckoutToken token) {
		this.jdbc.sql("delete from checkout_quote_line where token = :token").param("token", token.value()).update();
	}

}
