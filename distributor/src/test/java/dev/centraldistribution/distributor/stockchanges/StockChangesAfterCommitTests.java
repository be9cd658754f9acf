package dev.centraldistribution.distributor.stockchanges;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.livechanges.LiveUpdatesProperties;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import dev.centraldistribution.distributor.stockchanges.StockChangeNotices.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which commits send stock-change notices, what the notices say, and how many there are.
 */
@SpringBootTest
class StockChangesAfterCommitTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	StockLedger stock;

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	StockChangePublisher publisher;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	JsonMapper json;

	@Autowired
	LiveUpdatesProperties properties;

	StockChangeNotices notices;

	OfferingFixtures offerings;

	long manufacturer;

	@BeforeEach
	void listen() {
		this.notices = new StockChangeNotices(this.rabbit, this.admin, this.json);
		this.offerings = new OfferingFixtures(this.jdbc);
		this.manufacturer = this.offerings.manufacturer("live", "Live Tools");
	}

	@AfterEach
	void stopListening() {
		this.notices.close();
	}

	@Test
	void aCheckoutsWithdrawalNamesItsOfferingsOnceCommitted() {
		OfferingId drill = this.offerings.offering(this.manufacturer, this.offerings.sku("drill"), "Drill", 100, 5);
		OfferingId saw = this.offerings.offering(this.manufacturer, this.offerings.sku("saw"), "Saw", 100, 5);

		this.transactions.executeWithoutResult((status) -> {
			this.stock.withdraw(List.of(new StockWithdrawal(drill, 2), new StockWithdrawal(saw, 1)));
			assertThat(this.notices.during(this.properties.coalesceInterval().multipliedBy(3)))
				.as("nothing is sent before the commit")
				.isEmpty();
		});

		Received received = last(this.notices.until(drill.value(), PATIENCE));
		assertThat(received.notice().offerings()).contains(drill.value(), saw.value());
		assertThat(received.notice().schemaVersion()).isEqualTo(StockChangeNotice.SCHEMA_VERSION);
		assertThat(received.notice().messageId()).isEqualTo(received.message().getMessageProperties().getMessageId());
		assertThat(received.message().getMessageProperties().getType()).isEqualTo(StockChangeNotice.TYPE);
		assertThat(received.message().getMessageProperties().getReceivedDeliveryMode())
			.isEqualTo(MessageDeliveryMode.NON_PERSISTENT);
	}

	@Test
	void aRolledBackWithdrawalIsNeverSent() {
		OfferingId rolledBack = this.offerings.offering(this.manufacturer, this.offerings.sku("glue"), "Glue", 100, 5);
		OfferingId committed = this.offerings.offering(this.manufacturer, this.offerings.sku("tape"), "Tape", 100, 5);

		this.transactions.executeWithoutResult((status) -> {
			this.stock.withdraw(List.of(new StockWithdrawal(rolledBack, 1)));
			status.setRollbackOnly();
		});
		this.transactions
			.executeWithoutResult((status) -> this.stock.withdraw(List.of(new StockWithdrawal(committed, 1))));

		// Changes are sent in the order they were committed: the rolled-back one would be
		// in the committed one's notice or in an earlier one.
		assertThat(this.notices.until(committed.value(), PATIENCE))
			.allSatisfy((received) -> assertThat(received.notice().offerings()).doesNotContain(rolledBack.value()));
	}

	@Test
	void aPullNamesOnlyTheOfferingsWhoseQuantityItChanged() {
		Manufacturer pulled = TestManufacturers.register(this.registry, "live", URI.create("http://127.0.0.1:9"));
		this.reconciliation.apply(pulled.id(),
				List.of(product("SAME", 10), product("LESS", 10), product("PRICE", 10), product("GONE", 10)));
		OfferingRows rows = new OfferingRows(this.jdbc);
		long same = rows.get(pulled.id(), "SAME").id();
		long less = rows.get(pulled.id(), "LESS").id();
		long price = rows.get(pulled.id(), "PRICE").id();
		long gone = rows.get(pulled.id(), "GONE").id();

		this.reconciliation.apply(pulled.id(), List.of(product("SAME", 10), product("LESS", 4),
				new ProductOffering("PRICE", "Product PRICE", 1500, "EUR", 10, 0), product("NEW", 3)));

		List<Received> received = this.notices.until(less, PATIENCE);
		Set<Long> named = new HashSet<>();
		received.forEach((notice) -> named.addAll(notice.notice().offerings()));
		assertThat(last(received).notice().offerings()).contains(less, gone);
		assertThat(named).doesNotContain(same, price);
		TestManufacturers.delete(this.jdbc, List.of(pulled.code()));
	}

	@Test
	void changesCommittedTogetherTravelInOneNoticeAndLargeOnesInBoundedNotices() {
		long first = Long.MAX_VALUE - 10_000;
		List<OfferingId> many = LongStream.range(first, first + 1_200).mapToObj(OfferingId::new).toList();

		// 1,200 changes from 20 commits within one coalesce interval.
		for (int commit = 0; commit < 20; commit++) {
			this.publisher.collect(many.subList(commit * 60, commit * 60 + 60));
		}

		List<Received> received = this.notices.during(this.properties.coalesceInterval().multipliedBy(10))
			.stream()
			.filter((notice) -> notice.notice().offerings().stream().anyMatch((id) -> id >= first))
			.toList();
		int max = this.properties.maxOfferingsPerMessage();
		assertThat(received).hasSize((1_200 + max - 1) / max);
		assertThat(received)
			.allSatisfy((notice) -> assertThat(notice.notice().offerings()).hasSizeLessThanOrEqualTo(max));
		assertThat(received.stream().flatMap((notice) -> notice.notice().offerings().stream()))
			.containsExactlyInAnyOrderElementsOf(many.stream().map(OfferingId::value).toList());
	}

	private static Received last(List<Received> received) {
		return received.get(received.size() - 1);
	}

}
