package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The drills' book-keeping check catches each kind of disagreement it claims to catch, on
 * hand-made books in a database of its own (no processes started).
 */
@Order(0)
class LedgersTests {

	private final DrillDatabase database = new DrillDatabase("cd_drills_ledgers");

	private final Ledgers ledgers = new Ledgers(this.database);

	@BeforeEach
	void balancedBooks() {
		this.database.recreateSchemas(
				List.of("distributor", "manufacturer_acme", "manufacturer_globex", "manufacturer_initech"));
		this.database.update("""
				create schema distributor;
				create table distributor.manufacturer (id bigint primary key, code varchar(32));
				create table distributor.offering (manufacturer_id bigint, sku varchar(64), available bigint,
				    sold_total bigint, received_total bigint);
				create table distributor.sub_order (id bigint primary key, manufacturer_code varchar(32),
				    status varchar(16));
				create table distributor.order_line (id bigint primary key, sub_order_id bigint, accepted boolean);
				insert into distributor.manufacturer values (1, 'acme'), (2, 'globex'), (3, 'initech');
				insert into distributor.offering values (1, 'drill', 5, 3, 8), (2, 'hose', 0, 2, 2);
				insert into distributor.sub_order values (10, 'acme', 'ACCEPTED'), (11, 'globex', 'ACCEPTED');
				insert into distributor.order_line values (100, 10, true), (101, 11, true);
				""");
		for (String code : Topology.MANUFACTURER_CODES) {
			this.database.update("create schema manufacturer_" + code + "; create table manufacturer_" + code
					+ ".product (sku varchar(64), applied_total bigint); create table manufacturer_" + code
					+ ".processed_message (message_id varchar(100), message_type varchar(40));");
		}
		this.database.update("""
				insert into manufacturer_acme.product values ('drill', 3);
				insert into manufacturer_acme.processed_message values ('purchase-10', 'purchase-confirmation');
				insert into manufacturer_globex.product values ('hose', 2);
				insert into manufacturer_globex.processed_message values ('purchase-11', 'purchase-confirmation'),
				    ('cycle-1-globex', 'cycle-summary');
				""");
	}

	@Test
	void balancedBooksPass() {
		assertThatCode(this.ledgers::assertBooksAgree).doesNotThrowAnyException();
	}

	@Test
	void aConfirmationAppliedTwiceIsCaught() {
		this.database.update("update manufacturer_acme.product set applied_total = 6 where sku = 'drill'");

		assertThatThrownBy(this.ledgers::assertBooksAgree).hasMessageContaining("acme/drill: distributor sold 3");
	}

	@Test
	void aConfirmationNeverProcessedIsCaught() {
		this.database.update("delete from manufacturer_globex.processed_message where message_id = 'purchase-11'");

		assertThatThrownBy(this.ledgers::assertBooksAgree).hasMessageContaining("missing [purchase-11]");
	}

	@Test
	void stockThatIsNotConservedIsCaught() {
		this.database.update("update distributor.offering set available = 6 where sku = 'drill'");

		assertThatThrownBy(this.ledgers::assertBooksAgree).hasMessageContaining("available 6 != received 8 - sold 3");
	}

	@Test
	void aRejectedLineAndARejectedPartAreCaught() {
		this.database.update("update distributor.order_line set accepted = false where id = 101");
		this.database.update("update distributor.sub_order set status = 'REJECTED' where id = 11");

		assertThatThrownBy(this.ledgers::assertBooksAgree).hasMessageContaining("1 order lines were rejected")
			.hasMessageContaining("1 sub-orders were neither accepted");
	}

	@Test
	void aPartCancelledBeforeItsPurchaseArrivedBalances() {
		this.database.update("update distributor.order_line set accepted = false where id = 101");
		this.database.update("update distributor.sub_order set status = 'CANCELLED' where id = 11");

		assertThatCode(this.ledgers::assertBooksAgree).doesNotThrowAnyException();
	}

	@Test
	void aCancellationNeverAnsweredIsCaught() {
		this.database.update("update distributor.sub_order set status = 'CANCEL_REQUESTED' where id = 11");

		assertThatThrownBy(this.ledgers::assertBooksAgree).hasMessageContaining("1 sub-orders were neither accepted");
	}

}
