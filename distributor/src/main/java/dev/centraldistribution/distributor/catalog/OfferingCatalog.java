package dev.centraldistribution.distributor.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the offerings customers can buy. Sold-out offerings are never listed.
 */
@Service
@Transactional(readOnly = true)
public class OfferingCatalog {

	private static final String OFFERING_COLUMNS = """
			select o.id, o.manufacturer_id, o.sku, o.product_name, o.unit_price_cents, o.currency, o.available,
			       o.on_sale, o.price_held_since
			from offering o
			""";

	private static final Comparator<OfferingView> CHEAPEST_FIRST = Comparator
		.comparingLong(OfferingView::unitPriceCents)
		.thenComparing(OfferingView::manufacturerName);

	private final JdbcClient jdbc;

	private final Suppliers suppliers;

	OfferingCatalog(JdbcClient jdbc, Suppliers suppliers) {
		this.jdbc = jdbc;
		this.suppliers = suppliers;
	}

	/**
	 * Lists the products that have at least one offering in stock, grouped by product.
	 * Offerings of manufacturers that are down, gone or never alive yet are left out, and
	 * so are those whose price is held for the operator; those of a suspect manufacturer
	 * are listed, not on sale, so that the page can say so.
	 * @param query search, order and page
	 * @return the page asked for
	 */
	public CatalogPage browse(CatalogQuery query) {
		Suppliers.Snapshot suppliers = this.suppliers.now();
		Set<Long> unlisted = suppliers.unlisted();
		String filter = "where o.available > 0 and o.price_held_since is null"
				+ (unlisted.isEmpty() ? "" : " and o.manufacturer_id not in (:unlisted)")
				+ (query.hasSearch() ? " and lower(o.product_name) like :pattern escape '\\'" : "")
				+ (query.hasCategory() ? " and o.category = :category" : "");
		String pattern = query.hasSearch() ? "%" + escapeLike(query.search().toLowerCase()) + "%" : null;
		long total = withFilter(this.jdbc.sql("select count(distinct o.sku) from offering o " + filter), pattern,
				unlisted, query)
			.query(Long.class)
			.single();
		List<String> skus = withFilter(this.jdbc.sql("select o.sku from offering o " + filter
				+ " group by o.sku order by " + query.sort().orderBy() + ", o.sku limit :limit offset :offset"),
				pattern, unlisted, query)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(String.class)
			.list();
		return new CatalogPage(listingsOf(skus, suppliers, unlisted), query, total);
	}

	/**
	 * The categories of the products on sale now (in stock, price not held, manufacturer
	 * not unlisted), alphabetically: what the dashboard can be filtered by.
	 * @return the categories, none when no manufacturer names any
	 */
	public List<String> categories() {
		Set<Long> unlisted = this.suppliers.now().unlisted();
		String sql = "select distinct o.category from offering o where o.category is not null and o.available > 0"
				+ " and o.price_held_since is null"
				+ (unlisted.isEmpty() ? "" : " and o.manufacturer_id not in (:unlisted)") + " order by o.category";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		return (unlisted.isEmpty() ? statement : statement.param("unlisted", unlisted)).query(String.class).list();
	}

	/**
	 * One product as its page shows it: what its manufacturers' catalogues say of it, and
	 * every offering of it that is not retired, sold out, off sale or not, cheapest
	 * first.
	 * @param sku the product
	 * @return the product, empty when nobody offers it
	 */
	public Optional<ProductDetails> product(String sku) {
		List<OfferingView> offerings = new ArrayList<>(offeringsOf(sku));
		if (offerings.isEmpty()) {
			return Optional.empty();
		}
		offerings.sort(CHEAPEST_FIRST);
		// Manufacturers may describe one product differently: the first to describe it,
		// by offering id, speaks for it, so that the page does not change from pull to
		// pull.
		List<Map.Entry<String, String>> texts = this.jdbc
			.sql("select description, category from offering where sku = :sku and retired_at is null order by id")
			.param("sku", sku)
			.query((row, number) -> Map.entry(Optional.ofNullable(row.getString("description")).orElse(""),
					Optional.ofNullable(row.getString("category")).orElse("")))
			.list();
		String description = texts.stream()
			.map(Map.Entry::getKey)
			.filter((text) -> !text.isEmpty())
			.findFirst()
			.orElse(null);
		String category = texts.stream()
			.map(Map.Entry::getValue)
			.filter((text) -> !text.isEmpty())
			.findFirst()
			.orElse(null);
		return Optional.of(new ProductDetails(sku, offerings.get(0).productName(), description, category, offerings));
	}

	/**
	 * Finds one offering, sold out or not.
	 * @param id the offering
	 * @return the offering, empty when there is none with that id
	 */
	public Optional<OfferingView> find(OfferingId id) {
		return this.jdbc.sql(OFFERING_COLUMNS + "where o.id = :id")
			.param("id", id.value())
			.query(StoredOffering::read)
			.optional()
			.map(this.suppliers.now()::view);
	}

	/**
	 * Every offering of one product that is not retired, sold out, off sale or not, of
	 * manufacturers that are not unlisted; by id.
	 * @param sku the product
	 * @return its offerings, empty when nobody offers it
	 */
	public List<OfferingView> offeringsOf(String sku) {
		Suppliers.Snapshot suppliers = this.suppliers.now();
		Set<Long> unlisted = suppliers.unlisted();
		return this.jdbc.sql(OFFERING_COLUMNS + "where o.sku = :sku and o.retired_at is null order by o.id")
			.param("sku", sku)
			.query(StoredOffering::read)
			.list()
			.stream()
			.filter((offering) -> !unlisted.contains(offering.manufacturerId()))
			.map(suppliers::view)
			.toList();
	}

	/**
	 * The name of a product, as its first offering (by id) that {@link #offeringsOf}
	 * lists has it: one row, where {@code offeringsOf} reads every offering.
	 * @param sku the product
	 * @return its name, empty when nobody offers it
	 */
	public Optional<String> productName(String sku) {
		Set<Long> unlisted = this.suppliers.now().unlisted();
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("select o.product_name from offering o where o.sku = :sku and o.retired_at is null"
					+ (unlisted.isEmpty() ? "" : " and o.manufacturer_id not in (:unlisted)")
					+ " order by o.id limit 1");
		return (unlisted.isEmpty() ? statement : statement.param("unlisted", unlisted)).param("sku", sku)
			.query(String.class)
			.optional();
	}

	/**
	 * Finds offerings by id, sold out or not; ids without an offering are left out.
	 * @param ids the offerings
	 * @return the offerings found, by id
	 */
	public Map<OfferingId, OfferingView> findAll(Collection<OfferingId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Long> values = ids.stream().map(OfferingId::value).distinct().toList();
		Map<OfferingId, OfferingView> found = new LinkedHashMap<>();
		Suppliers.Snapshot suppliers = this.suppliers.now();
		this.jdbc.sql(OFFERING_COLUMNS + "where o.id in (:ids) order by o.id")
			.param("ids", values)
			.query(StoredOffering::read)
			.list()
			.forEach((offering) -> found.put(offering.id(), suppliers.view(offering)));
		return found;
	}

	/**
	 * The available quantities of some offerings, sold out or not; ids without an
	 * offering are left out. One query, however many ids.
	 * @param ids the offerings
	 * @return units available now, by offering
	 */
	public Map<OfferingId, Long> availableOf(Collection<OfferingId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<OfferingId, Long> available = new LinkedHashMap<>();
		this.jdbc.sql("select id, available from offering where id in (:ids) order by id")
			.param("ids", ids.stream().map(OfferingId::value).distinct().toList())
			.query((row) -> {
				available.put(new OfferingId(row.getLong("id")), row.getLong("available"));
			});
		return available;
	}

	/**
	 * Whether everything on offer is sold: at least one offering that is not retired
	 * exists and none has anything available.
	 * @return {@code true} when the catalog is sold out
	 */
	public boolean isSoldOut() {
		return this.jdbc.sql("""
				select count(*) from offering
				where exists (select 1 from offering where retired_at is null)
				  and not exists (select 1 from offering where available > 0)""").query(Long.class).single() > 0;
	}

	private List<ProductListing> listingsOf(List<String> skus, Suppliers.Snapshot suppliers, Set<Long> unlisted) {
		if (skus.isEmpty()) {
			return List.of();
		}
		Map<String, List<OfferingView>> bySku = new LinkedHashMap<>();
		skus.forEach((sku) -> bySku.put(sku, new ArrayList<>()));
		this.jdbc.sql(OFFERING_COLUMNS + "where o.sku in (:skus) and o.available > 0 and o.price_held_since is null")
			.param("skus", skus)
			.query(StoredOffering::read)
			.list()
			.stream()
			.filter((offering) -> !unlisted.contains(offering.manufacturerId()))
			.forEach((offering) -> bySku.get(offering.sku()).add(suppliers.view(offering)));
		bySku.values().forEach((offerings) -> offerings.sort(CHEAPEST_FIRST));
		return bySku.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new ProductListing(entry.getKey(), entry.getValue().get(0).productName(), entry.getValue()))
			.toList();
	}

	private static JdbcClient.StatementSpec withFilter(JdbcClient.StatementSpec statement, String pattern,
			Set<Long> unlisted, CatalogQuery query) {
		JdbcClient.StatementSpec withPattern = (pattern != null) ? statement.param("pattern", pattern) : statement;
		JdbcClient.StatementSpec withCategory = query.hasCategory() ? withPattern.param("category", query.category())
				: withPattern;
		return unlisted.isEmpty() ? withCategory : withCategory.param("unlisted", unlisted);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
