package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.centraldistribution.contracts.ManufacturerHello;

/**
 * What a hello says beside what registration needs, checked.
 *
 * @param contractVersion the contract it speaks
 * @param categories the product categories it makes, distinct, at most
 * {@value #MAX_CATEGORIES}
 * @param dailyCapacity units a day, all products together
 * @param heartbeatInterval how often it beats
 */
record Announcement(int contractVersion, List<String> categories, long dailyCapacity, Duration heartbeatInterval) {

	static final int MAX_CATEGORIES = 20;

	/** Length of the {@code manufacturer_category.category} column. */
	static final int MAX_CATEGORY_LENGTH = 60;

	/** A bound far above any real manufacturer, far below overflow. */
	static final long MAX_DAILY_CAPACITY = 1_000_000_000_000L;

	/**
	 * @throws RejectedPresenceException {@code invalid}
	 */
	static Announcement of(ManufacturerHello hello) {
		Duration interval = Duration.ofMillis(hello.heartbeatIntervalMillis());
		if (interval.compareTo(PresenceProperties.MIN_HEARTBEAT_INTERVAL) < 0
				|| interval.compareTo(PresenceProperties.MAX_HEARTBEAT_INTERVAL) > 0) {
			throw invalid("heartbeat interval of " + hello.heartbeatIntervalMillis() + " ms, not "
					+ PresenceProperties.MIN_HEARTBEAT_INTERVAL.toMillis() + " to "
					+ PresenceProperties.MAX_HEARTBEAT_INTERVAL.toMillis());
		}
		if (hello.dailyCapacity() < 0 || hello.dailyCapacity() > MAX_DAILY_CAPACITY) {
			throw invalid("daily capacity " + hello.dailyCapacity());
		}
		return new Announcement(hello.contractVersion(), categories(hello.categories()), hello.dailyCapacity(),
				interval);
	}

	private static List<String> categories(List<String> announced) {
		if (announced == null) {
			return List.of();
		}
		Set<String> categories = new LinkedHashSet<>();
		for (String category : announced) {
			String name = (category != null) ? category.strip() : "";
			if (name.isEmpty() || name.length() > MAX_CATEGORY_LENGTH
					|| name.codePoints().anyMatch(Character::isISOControl)) {
				throw invalid("category " + LogSafe.quote(category) + ": 1 to " + MAX_CATEGORY_LENGTH
						+ " printable characters");
			}
			categories.add(name);
		}
		if (categories.size() > MAX_CATEGORIES) {
			throw invalid(categories.size() + " categories, more than " + MAX_CATEGORIES);
		}
		return List.copyOf(categories);
	}

	private static RejectedPresenceException invalid(String detail) {
		return new RejectedPresenceException(PresenceRejection.INVALID, detail);
	}

}
