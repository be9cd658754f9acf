package dev.centraldistribution.distributor.catalog;

import java.util.Objects;

/**
 * What the catalogue's pages are made of, at one moment, in a form cheap to compare: how
 * many transactions have written offerings, and every manufacturer's name and state. Two
 * equal versions mean equal pages; a version read before a page may belong to a newer
 * page, never to an older one. Read by {@link CatalogVersions#now()}.
 */
public final class CatalogVersion {

	private final long offeringChanges;

	private final Suppliers.Snapshot suppliers;

	CatalogVersion(long offeringChanges, Suppliers.Snapshot suppliers) {
		this.offeringChanges = offeringChanges;
		this.suppliers = suppliers;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CatalogVersion version) && this.offeringChanges == version.offeringChanges
				&& this.suppliers.equals(version.suppliers);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.offeringChanges, this.suppliers);
	}

	@Override
	public String toString() {
		return "CatalogVersion[offeringChanges=" + this.offeringChanges + ", suppliers=" + this.suppliers.byId().size()
				+ "]";
	}

}
