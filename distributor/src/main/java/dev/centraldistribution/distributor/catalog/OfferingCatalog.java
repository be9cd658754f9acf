package dev.centraldistribution.distributor.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
			select o.id, o.sku, o.product_name, m.code, m.name, o.unit_price_cents, o.currency, o.available,
			       m.stale_since
			from offering o join manufacturer m on m.id = o.manufacturer_id
			""";

	private final JdbcClient jdbc;

	OfferingCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lists the products that have at least one offering in stock, grouped by product.
	 * @param query search, order and page
	 * @return the page asked for
	 */
	public CatalogPage browse(CatalogQuery query) {
		String filter = "where o.available > 0"
				+ (query.hasSearch() ? " and lower(o.product_name) like :pattern escape '\\'" : "");
		String pattern = query.hasSearch() ? "%" + escapeLike(query.search().toLowerCase()) + "%" : null;
		long total = withPattern(this.jdbc.sql("select count(distinct o.sku) from offering o " + filter), pattern)
			.query(Long.class)
			.single();
		List<String> skus = withPattern(this.jdbc.sql("select o.sku from offering o " + filter
				+ " group by o.sku order by " + query.sort().orderBy() + ", o.sku limit :limit offset :offset"),
				pattern)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(String.class)
			.list();
		return new CatalogPage(listingsOf(skus), query, total);
	}

	/**
	 * Finds one offering, sold out or not.
	 * @param id the offering
	 * @return the offering, empty when there is none with that id
	 */
	public Optional<OfferingView> find(OfferingId id) {
		return this.jdbc.sql(OFFERING_COLUMNS + "where o.id = :id")
			.param("id", id.value())
			.query(this::offering)
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
		this.jdbc.sql(OFFERING_COLUMNS + "where o.id in (:ids) order by o.id")
			.param("ids", values)
			.query(this::offering)
			.list()
			.forEach((offering) -> found.put(offering.id(), offering));
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

	private List<ProductListing> listingsOf(List<String> skus) {
		if (skus.isEmpty()) {
			return List.of();
		}
		Map<String, List<OfferingView>> bySku = new LinkedHashMap<>();
		skus.forEach((sku) -> bySku.put(sku, new ArrayList<>()));
		this.jdbc
			.sql(OFFERING_COLUMNS + "where o.sku in (:skus) and o.available > 0 order by o.unit_price_cents, m.name")
			.param("skus", skus)
			.query(this::offering)
			.list()
			.forEach((offering) -> bySku.get(offering.sku()).add(offering));
		return bySku.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new ProductListing(entry.getKey(), entry.getValue().get(0).productName(), entry.getValue()))
			.toList();
	}

	private OfferingView offering(ResultSet row, int rowNumber) throws SQLException {
		Timestamp staleSince = row.getTimestamp("stale_since");
		return new OfferingView(new OfferingId(row.getLong("id")), row.getString("sku"), row.getString("product_name"),
				row.getString("code"), row.getString("name"), row.getLong("unit_price_cents"),
				row.getString("currency").strip(), row.getLong("available"),
				(staleSince != null) ? staleSince.toInstant() : null);
	}

	private static JdbcClient.StatementSpec withPattern(JdbcClient.StatementSpec statement, String pattern) {
		return (pattern != null) ? statement.param("pattern", pattern) : statement;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
