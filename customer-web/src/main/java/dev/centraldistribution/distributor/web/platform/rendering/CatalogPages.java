package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.List;

import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.CatalogQuery;
import dev.centraldistribution.distributor.catalog.CatalogVersion;
import dev.centraldistribution.distributor.catalog.CatalogVersions;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;

import org.springframework.stereotype.Component;

/**
 * Catalogue pages as last read, with the categories, kept while the catalogue's version
 * stays the same: an unchanged page costs the version's two small reads instead of the
 * catalogue's queries (web.dashboard; docs/benchmarks.md, "Third round").
 * <p>
 * The version is read from the database before the page, on every request: a sale, a pull
 * or a manufacturer's new state committed by any instance gives a new version, so the
 * next request on every instance reads the page again. Nothing is invalidated in memory,
 * nothing waits for a message. A page read after a version may be newer than the version
 * says (it is read again at the next version), never older.
 */
@Component
public class CatalogPages {

	/** How many searches are kept (a page of 20 products is a few kilobytes). */
	static final int CAPACITY = 64;

	private final OfferingCatalog catalog;

	private final CatalogVersions versions;

	private final LeastRecentlyUsed<CatalogQuery, Kept> kept = new LeastRecentlyUsed<>(CAPACITY);

	CatalogPages(OfferingCatalog catalog, CatalogVersions versions) {
		this.catalog = catalog;
		this.versions = versions;
	}

	/**
	 * A page of the catalogue and its categories, as current as the database.
	 * @param query search, order and page
	 * @return the page, read again when anything changed since it was last read
	 */
	public Shown browse(CatalogQuery query) {
		CatalogVersion version = this.versions.now();
		Kept page = this.kept.get(query);
		if (page != null && page.version().equals(version)) {
			return page.shown();
		}
		Shown shown = new Shown(this.catalog.browse(query), this.catalog.categories());
		this.kept.put(query, new Kept(version, shown));
		return shown;
	}

	/**
	 * A page and the categories of the catalogue it was read from.
	 *
	 * @param page the page
	 * @param categories the categories on sale
	 */
	public record Shown(CatalogPage page, List<String> categories) {
	}

	private record Kept(CatalogVersion version, Shown shown) {
	}

}
