package dev.centraldistribution.distributor.catalog;

/**
 * What applying one manufacturer's snapshot changed.
 *
 * @param applied products of the snapshot written to their offering (updated or new)
 * @param added offerings created for products seen for the first time
 * @param withdrawn existing offerings the snapshot no longer lists, set to zero available
 */
public record ReconciledSnapshot(int applied, int added, int withdrawn) {

}
