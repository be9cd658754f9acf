package dev.centraldistribution.distributor.web.platform.rendering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page caches' bounded map keeps at most its capacity and drops the entry least
 * recently read or written, not the oldest one written.
 */
class LeastRecentlyUsedTests {

	@Test
	void keepsAtMostItsCapacityAndDropsTheLeastRecentlyUsed() {
		LeastRecentlyUsed<String, Integer> kept = new LeastRecentlyUsed<>(2);
		kept.put("first", 1);
		kept.put("second", 2);
		assertThat(kept.get("first")).isEqualTo(1);

		kept.put("third", 3);

		assertThat(kept.size()).isEqualTo(2);
		assertThat(kept.get("second")).as("least recently used, dropped").isNull();
		assertThat(kept.get("first")).isEqualTo(1);
		assertThat(kept.get("third")).isEqualTo(3);
	}

	@Test
	void writingAKeyAgainReplacesItsValueWithoutGrowing() {
		LeastRecentlyUsed<String, Integer> kept = new LeastRecentlyUsed<>(2);
		kept.put("page", 1);
		kept.put("page", 2);

		assertThat(kept.size()).isEqualTo(1);
		assertThat(kept.get("page")).isEqualTo(2);
	}

}
