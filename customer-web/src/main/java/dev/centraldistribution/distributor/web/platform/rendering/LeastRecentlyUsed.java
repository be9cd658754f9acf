package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map for the page caches of this package: at most {@code capacity} entries,
 * the least recently read or written one dropped to make room. Safe across request
 * threads (a read reorders the entries, so reads take the lock too).
 *
 * @param <K> the key, compared by value
 * @param <V> what is kept
 */
final class LeastRecentlyUsed<K, V> {

	private final Map<K, V> entries;

	LeastRecentlyUsed(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The value kept for this key, or {@code null}; marks it recently used. */
	synchronized V get(K key) {
		return this.entries.get(key);
	}

	synchronized void put(K key, V value) {
		this.entries.put(key, value);
	}

	synchronized int size() {
		return this.entries.size();
	}

}
