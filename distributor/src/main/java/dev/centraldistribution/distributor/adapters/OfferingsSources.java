package dev.centraldistribution.distributor.adapters;

import java.util.EnumMap;
import java.util.Map;

import dev.centraldistribution.distributor.manufacturers.AdapterKind;

/**
 * One {@link OfferingsSource} per adapter kind, all reading within the same limits. Plain
 * objects, not beans: the limits are the caller's ({@code distributor.sync.*}).
 */
public final class OfferingsSources {

	private final Map<AdapterKind, OfferingsSource> sources = new EnumMap<>(AdapterKind.class);

	private OfferingsSources(PullLimits limits, AnsweredPurchases answered) {
		for (AdapterKind kind : AdapterKind.values()) {
			this.sources.put(kind, source(kind, limits, answered));
		}
	}

	/**
	 * The sources of every adapter kind.
	 * @param limits what one pull may cost
	 * @param answered the applied totals of manufacturers that report none
	 * @return the sources
	 */
	public static OfferingsSources withLimits(PullLimits limits, AnsweredPurchases answered) {
		return new OfferingsSources(limits, answered);
	}

	/**
	 * How to read a manufacturer of this kind.
	 * @param kind its adapter kind
	 * @return the source
	 */
	public OfferingsSource of(AdapterKind kind) {
		return this.sources.get(kind);
	}

	private static OfferingsSource source(AdapterKind kind, PullLimits limits, AnsweredPurchases answered) {
		return switch (kind) {
			case NATIVE ->
				new NativeOfferings(new SnapshotDownloader(limits), new SnapshotReader(limits.maxProducts()));
			case SHOP -> new ShopOfferings(
					new ShopPages(new SnapshotDownloader(limits), ShopOfferings.PAGE_SIZE, limits.maxProducts()),
					answered::totals);
		};
	}

}
