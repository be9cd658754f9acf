package dev.centraldistribution.distributor.adapters;

/**
 * A manufacturer's offerings as an adapter read them, in our snapshot's terms.
 *
 * @param snapshot the products to apply and those rejected; {@code null} when the
 * manufacturer said nothing changed since the tag asked with
 * @param tag what stands for this snapshot when asking next time ({@code If-None-Match}),
 * or {@code null} when the manufacturer offers none
 */
public record Offerings(ReadSnapshot snapshot, String tag) {

	/**
	 * Nothing changed since the snapshot of the tag asked with.
	 * @param tag the tag asked with
	 * @return offerings standing for that snapshot
	 */
	static Offerings unchanged(String tag) {
		return new Offerings(null, tag);
	}

	/**
	 * Whether the manufacturer said nothing changed.
	 * @return {@code true} when there is no snapshot to apply
	 */
	public boolean notModified() {
		return this.snapshot == null;
	}

}
