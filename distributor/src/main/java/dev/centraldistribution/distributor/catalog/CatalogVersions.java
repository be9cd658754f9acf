package dev.centraldistribution.distributor.catalog;

import org.springframework.stereotype.Service;

/**
 * Tells whether the catalogue has changed since a page was read from it: for a cache of
 * pages (the dashboard's, customer-web's web.dashboard.DashboardPages) that must never
 * serve a page older than the database's, on any instance. Two small reads, no
 * transaction; read the version <em>before</em> the page it will vouch for.
 */
@Service
public class CatalogVersions {

	private final CatalogChanges changes;

	private final Suppliers suppliers;

	CatalogVersions(CatalogChanges changes, Suppliers suppliers) {
		this.changes = changes;
		this.suppliers = suppliers;
	}

	/**
	 * The catalogue's version now.
	 * @return equal to an earlier one when no offering and no manufacturer has changed
	 * since
	 */
	public CatalogVersion now() {
		return new CatalogVersion(this.changes.count(), this.suppliers.now());
	}

}
