package dev.centraldistribution.distributor;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table-ownership check finds SQL that names another module's table, and only that.
 */
class TableOwnershipTests {

	private final TableOwnership ownership = TableOwnership
		.of(Map.of("offering", "catalog", "customer_order", "orders", "manufacturer", "manufacturers"));

	@Test
	void sqlNamingAnotherModulesTableIsAViolation() {
		String planted = """
				class SalesCycleCheck {
					boolean soldOut() {
						return jdbc.sql(\"""
								select count(*) from offering where available > 0\""").query(Long.class).single() > 0;
					}
				}""";
		assertThat(this.ownership.foreignTableReferences("cycles", "SalesCycleCheck.java", planted))
			.containsExactly("SalesCycleCheck.java:3: module cycles names table offering, owned by catalog");
	}

	@Test
	void joinsUpdatesAndInsertsCountAsWellAsSelects() {
		String planted = """
				String a = "select o.id from offering o join manufacturer m on m.id = o.manufacturer_id";
				String b = "update customer_order set status = :status";
				String c = "insert into offering (sku) values (:sku)";
				""";
		assertThat(this.ownership.foreignTableReferences("checkout", "Planted.java", planted)).hasSize(4);
	}

	@Test
	void aModulesOwnTablesAndTextThatIsNotSqlAreFine() {
		String source = """
				String sql = "select id from offering where sku = :sku";
				String log = "Pulled offerings from manufacturer {}";
				String words = "Update the order history of a customer";
				""";
		assertThat(this.ownership.foreignTableReferences("catalog", "Fine.java", source)).isEmpty();
	}

	@Test
	void aSourceFileBelongsToTheModuleOfItsFirstPackageBelowTheBase() {
		assertThat(TableOwnership.moduleOf(Path.of("dev/centraldistribution/distributor/catalog/OfferingCatalog.java")))
			.isEqualTo("catalog");
		assertThat(TableOwnership.moduleOf(Path.of("dev/centraldistribution/distributor/web/platform/sessions/X.java")))
			.isEqualTo("web");
		assertThat(TableOwnership.moduleOf(Path.of("dev/centraldistribution/distributor/OwnsTables.java"))).isNull();
	}

}
