package dev.centraldistribution.distributor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's count of changes (what tells a kept dashboard page from a stale one, on
 * every instance) goes up once for every committed transaction that wrote offerings, and
 * only then; and every writer of offerings counts.
 */
@SpringBootTest
class CatalogChangesCountEveryTransactionThatWroteOfferingsTests {

	private static final Pattern WRITES_OFFERINGS = Pattern
		.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+offering\\b");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StockLedger ledger;

	@Autowired
	CatalogChanges changes;

	@Autowired
	PlatformTransactionManager transactionManager;

	OfferingId drill;

	OfferingId saw;

	@BeforeEach
	void twoOfferings() {
		OfferingFixtures fixtures = new OfferingFixtures(this.jdbc);
		long manufacturer = fixtures.manufacturer("count", "Counted Tools");
		this.drill = fixtures.offering(manufacturer, fixtures.sku("drill"), "Drill", 12_000, 10);
		this.saw = fixtures.offering(manufacturer, fixtures.sku("saw"), "Saw", 2_500, 10);
	}

	@Test
	void aCommittedTransactionCountsOnceHoweverManyWritesItMade() {
		long before = this.changes.count();

		new TransactionTemplate(this.transactionManager).executeWithoutResult((transaction) -> {
			sell(this.drill);
			sell(this.saw);
			assertThat(this.changes.count()).as("not before the commit").isEqualTo(before);
		});

		assertThat(this.changes.count()).isEqualTo(before + 1);
	}

	@Test
	void aRolledBackTransactionCountsNothing() {
		long before = this.changes.count();

		new TransactionTemplate(this.transactionManager).executeWithoutResult((transaction) -> {
			sell(this.drill);
			transaction.setRollbackOnly();
		});

		assertThat(this.changes.count()).isEqualTo(before);
	}

	@Test
	void aTransactionStartedInsideAnotherCountsForItself() {
		long before = this.changes.count();
		TransactionTemplate inner = new TransactionTemplate(this.transactionManager);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		new TransactionTemplate(this.transactionManager).executeWithoutResult((outer) -> {
			sell(this.drill);
			inner.executeWithoutResult((transaction) -> sell(this.saw));
			assertThat(this.changes.count()).as("the inner one committed").isEqualTo(before + 1);
		});

		assertThat(this.changes.count()).isEqualTo(before + 2);
	}

	@Test
	void everyWriterOfOfferingsCounts() throws IOException {
		Path sources = Path.of("src/main/java/dev/centraldistribution/distributor");
		List<Path> writers;
		try (Stream<Path> files = Files.walk(sources)) {
			writers = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> WRITES_OFFERINGS.matcher(read(file)).find())
				.toList();
		}

		assertThat(writers).isNotEmpty()
			.allSatisfy((writer) -> assertThat(read(writer)).as(writer.toString()).contains("this.changes.record()"));
	}

	private void sell(OfferingId offering) {
		assertThat(this.ledger.withdraw(List.of(new StockWithdrawal(offering, 1)))).isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
