package dev.centraldistribution.distributor.books;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code books_check} table: the last check's result, one row per invariant, replaced
 * by each check whichever instance ran it.
 */
@Repository
class BooksResults {

	/** The column's size; examples beyond it are left out. */
	static final int EXAMPLES_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	BooksResults(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	void store(BooksResult result) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from books_check").update();
			for (InvariantResult invariant : result.invariants()) {
				this.jdbc.sql("""
						insert into books_check (invariant, checked_at, violations, examples)
						values (:invariant, :at, :violations, :examples)""")
					.param("invariant", invariant.invariant().name())
					.param("at", OffsetDateTime.ofInstant(result.checkedAt(), ZoneOffset.UTC))
					.param("violations", invariant.violations())
					.param("examples", joined(invariant.examples()))
					.update();
			}
		});
	}

	Optional<BooksResult> last() {
		List<InvariantResult> invariants = new ArrayList<>();
		List<OffsetDateTime> checkedAt = new ArrayList<>();
		this.jdbc.sql("select invariant, checked_at, violations, examples from books_check").query((rs) -> {
			Invariant invariant;
			try {
				invariant = Invariant.valueOf(rs.getString("invariant"));
			}
			catch (IllegalArgumentException ex) {
				// Written by a newer version during a rolling upgrade: not ours to show.
				return;
			}
			checkedAt.add(rs.getObject("checked_at", OffsetDateTime.class));
			String examples = rs.getString("examples");
			invariants.add(new InvariantResult(invariant, rs.getLong("violations"),
					examples.isEmpty() ? List.of() : Arrays.asList(examples.split("\n"))));
		});
		if (invariants.isEmpty()) {
			return Optional.empty();
		}
		invariants.sort((a, b) -> a.invariant().compareTo(b.invariant()));
		return Optional.of(new BooksResult(checkedAt.get(0).toInstant(), invariants));
	}

	long violations() {
		return this.jdbc.sql("select coalesce(sum(violations), 0) from books_check").query(Long.class).single();
	}

	private static String joined(List<String> examples) {
		StringBuilder joined = new StringBuilder();
		for (String example : examples) {
			String line = example.replace('\n', ' ');
			int length = joined.length() + ((joined.length() > 0) ? 1 : 0) + line.length();
			if (length > EXAMPLES_LENGTH) {
				break;
			}
			if (joined.length() > 0) {
				joined.append('\n');
			}
			joined.append(line);
		}
		return joined.toString();
	}

}
