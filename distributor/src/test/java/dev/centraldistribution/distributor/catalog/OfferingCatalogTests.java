package dev.centraldistribution.distributor.catalog;

import java.util.List;

import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.manufacturers.UnlistedManufacturers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest
class OfferingCatalogTests {

	@Autowired
	OfferingCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnlistedManufacturers unlisted;

	@Autowired
	ManufacturerDirectory manufacturers;

	OfferingFixtures fixtures;

	String drill;

	String saw;

	String hammer;

	@BeforeEach
	void offerings() {
		this.fixtures = new OfferingFixtures(this.jdbc);
		long acme = this.fixtures.manufacturer("acme", "Acme Tools");
		long globex = this.fixtures.manufacturer("globex", "Globex Industrial");
		this.drill = this.fixtures.sku("drill");
		this.saw = this.fixtures.sku("saw");
		this.hammer = this.fixtures.sku("hammer");
		this.fixtures.offering(acme, this.drill, "Zeta drill " + this.drill, 12_000, 5);
		this.fixtures.offering(globex, this.drill, "Zeta drill " + this.drill, 9_900, 2);
		this.fixtures.offering(acme, this.saw, "Alpha saw " + this.saw, 4_500, 40);
		this.fixtures.offering(globex, this.hammer, "Mid hammer 100% steel " + this.hammer, 1_500, 0);
	}

	@Test
	void groupsOfferingsByProductCheapestFirstWithManufacturerNames() {
		CatalogPage page = this.catalog.browse(search(this.drill, CatalogSort.NAME));

		assertThat(page.products()).singleElement().satisfies((listing) -> {
			assertThat(listing.sku()).isEqualTo(this.drill);
			assertThat(listing.offerings()).extracting(OfferingView::manufacturerName)
				.containsExactly("Globex Industrial", "Acme Tools");
			assertThat(listing.totalAvailable()).isEqualTo(7);
		});
	}

	@Test
	void hidesSoldOutOfferings() {
		assertThat(this.catalog.browse(search(this.hammer, CatalogSort.NAME)).products()).isEmpty();
	}

	@Test
	void sortsByPriceAndAvailability() {
		String all = this.drill.substring(0, 8);
		assertThat(skus(this.catalog.browse(search(all, CatalogSort.PRICE_ASCENDING)))).containsExactly(this.saw,
				this.drill);
		assertThat(skus(this.catalog.browse(search(all, CatalogSort.PRICE_DESCENDING)))).containsExactly(this.drill,
				this.saw);
		assertThat(skus(this.catalog.browse(search(all, CatalogSort.AVAILABILITY)))).containsExactly(this.saw,
				this.drill);
		assertThat(skus(this.catalog.browse(search(all, CatalogSort.NAME)))).containsExactly(this.saw, this.drill);
	}

	@Test
	void pagesThroughProducts() {
		String all = this.drill.substring(0, 8);
		CatalogPage first = this.catalog.browse(new CatalogQuery(all, CatalogSort.NAME, 0, 1));
		CatalogPage second = this.catalog.browse(new CatalogQuery(all, CatalogSort.NAME, 1, 1));

		assertThat(first.totalProducts()).isEqualTo(2);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		assertThat(skus(first)).containsExactly(this.saw);
		assertThat(skus(second)).containsExactly(this.drill);
	}

	@Test
	void treatsSearchTextLiterallyNotAsPatternOrSql() {
		assertThat(this.catalog.browse(search("%", CatalogSort.NAME)).products()).extracting(ProductListing::sku)
			.doesNotContain(this.drill, this.saw);
		assertThat(this.catalog.browse(search("' or 1=1 --", CatalogSort.NAME)).products()).isEmpty();
	}

	@Test
	void listsTheOfferingsOfASuspectManufacturerMarkedAndNotOnSale() {
		long initech = this.fixtures.manufacturer("initech", "Initech");
		String stapler = this.fixtures.sku("stapler");
		this.fixtures.offering(initech, stapler, "Stapler " + stapler, 700, 3);
		this.fixtures.state(initech, ManufacturerState.SUSPECT);

		OfferingView offering = this.catalog.browse(search(stapler, CatalogSort.NAME))
			.products()
			.get(0)
			.offerings()
			.get(0);

		assertThat(offering.isManufacturerUnreachable()).isTrue();
		assertThat(offering.manufacturerStateSince()).isNotNull();
		assertThat(offering.onSale()).isFalse();
		assertThat(offering.buyable()).isZero();
		assertThat(offering.available()).isEqualTo(3);
	}

	@Test
	void takesTheGoodsOfAManufacturerRemovedFromTheConfigurationOffSale() {
		long initech = this.fixtures.manufacturer("initech", "Initech");
		String stapler = this.fixtures.sku("stapler");
		OfferingId offering = this.fixtures.offering(initech, stapler, "Stapler " + stapler, 700, 3);
		String code = this.manufacturers.all()
			.stream()
			.filter((manufacturer) -> manufacturer.id() == initech)
			.findFirst()
			.orElseThrow()
			.code();

		this.unlisted.follow(this.manufacturers.all()
			.stream()
			.map(Manufacturer::code)
			.filter((configured) -> !configured.equals(code))
			.toList());

		assertThat(this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", offering.value())
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.catalog.browse(search(stapler, CatalogSort.NAME)).products()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ManufacturerState.class, names = { "DOWN", "LEFT", "UNKNOWN", "UNLISTED" })
	void leavesOutTheOfferingsOfAManufacturerThatIsDownGoneOrNeverAlive(ManufacturerState state) {
		long initech = this.fixtures.manufacturer("initech", "Initech");
		String stapler = this.fixtures.sku("stapler");
		this.fixtures.offering(initech, stapler, "Stapler " + stapler, 700, 3);
		this.fixtures.state(initech, state);

		CatalogPage page = this.catalog.browse(search(stapler, CatalogSort.NAME));

		assertThat(page.products()).isEmpty();
		assertThat(page.totalProducts()).isZero();
	}

	@Test
	void findsOfferingsById() {
		OfferingView drill = this.catalog.browse(search(this.drill, CatalogSort.NAME))
			.products()
			.get(0)
			.offerings()
			.get(0);

		assertThat(this.catalog.find(drill.id())).contains(drill);
		assertThat(this.catalog.findAll(List.of(drill.id(), new OfferingId(Long.MAX_VALUE))))
			.containsOnlyKeys(drill.id());
	}

	@Test
	void filtersByCategoryAndListsTheCategoriesOnSale() {
		categorise(this.drill, "power tools " + this.drill);
		categorise(this.saw, "saws " + this.saw);
		categorise(this.hammer, "hand tools " + this.hammer);
		String all = this.drill.substring(0, 8);

		assertThat(
				skus(this.catalog.browse(new CatalogQuery(all, CatalogSort.NAME, 0, 20, "power tools " + this.drill))))
			.containsExactly(this.drill);
		assertThat(skus(this.catalog.browse(new CatalogQuery(all, CatalogSort.NAME, 0, 20, " "))))
			.containsExactly(this.saw, this.drill);
		assertThat(this.catalog.categories()).contains("power tools " + this.drill, "saws " + this.saw)
			.doesNotContain("hand tools " + this.hammer);
	}

	@Test
	void aProductPageHasEveryOfferingSoldOutOrNotAndTheFirstDescription() {
		this.jdbc.sql("update offering set description = :text where sku = :sku and unit_price_cents = 9900")
			.param("text", "Two speeds.")
			.param("sku", this.drill)
			.update();

		ProductDetails drill = this.catalog.product(this.drill).orElseThrow();
		ProductDetails hammer = this.catalog.product(this.hammer).orElseThrow();

		assertThat(drill.description()).isEqualTo("Two speeds.");
		assertThat(drill.offerings()).extracting(OfferingView::unitPriceCents).containsExactly(9_900L, 12_000L);
		assertThat(drill.isSoldOut()).isFalse();
		assertThat(hammer.isSoldOut()).isTrue();
		assertThat(hammer.description()).isNull();
		assertThat(this.catalog.product("NOBODY-MAKES-THIS")).isEmpty();
	}

	private void categorise(String sku, String category) {
		this.jdbc.sql("update offering set category = :category where sku = :sku")
			.param("category", category)
			.param("sku", sku)
			.update();
	}

	@Test
	void refusesNonsensicalPages() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalogQuery(null, null, -1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalogQuery(null, null, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalogQuery(null, null, 0, 1000));
	}

	private static CatalogQuery search(String text, CatalogSort sort) {
		return new CatalogQuery(text, sort, 0, 20);
	}

	private static List<String> skus(CatalogPage page) {
		return page.products().stream().map(ProductListing::sku).toList();
	}

}
