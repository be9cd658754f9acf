package dev.centraldistribution.distributor.catalog;

/**
 * What applying one manufacturer's snapshot changed.
 *
 * @param applied products of the snapshot written to their offering (updated, new or back
 * from retirement)
 * @param added offerings created for products seen for the first time
 * @param withdrawn existing offerings the snapshot no longer lists, set to zero available
 * @param retired offerings left out of the snapshots for longer than
 * {@code distributor.catalog.retire-after}, retired by this pull
 * @param overLimit new products left out because the manufacturer is at
 * {@code distributor.catalog.max-offerings-per-manufacturer}
 */
public record ReconciledSnapshot(int applied, int added, int withdrawn, int retired, int overLimit) {

}
