package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed pulls make a manufacturer unhealthy and stale since the first of them; a
 * successful pull clears it all. A snapshot received, before it is applied, makes the
 * manufacturer alive and records nothing else.
 */
@SpringBootTest
class ManufacturerHealthTrackerTests {

	private static final Instant FIRST_FAILURE = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ManufacturerHealthTracker tracker;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	JdbcClient jdbc;

	List<String> codes = new ArrayList<>();

	@AfterEach
	void deleteManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void staleSinceIsTheFirstFailureAndTheLastErrorTheLatest() {
		String code = register();

		this.tracker.pullFailed(code, FIRST_FAILURE, "HTTP status 500");
		this.tracker.pullFailed(code, FIRST_FAILURE.plusSeconds(10), "no complete answer within 5000 ms");

		ManufacturerHealth health = this.directory.health(code).orElseThrow();
		assertThat(health.healthy()).isFalse();
		assertThat(health.staleSince()).isEqualTo(FIRST_FAILURE);
		assertThat(health.lastError()).isEqualTo("no complete answer within 5000 ms");
		assertThat(health.consecutiveFailures()).isEqualTo(2);
	}

	@Test
	void aSuccessfulPullClearsTheFailures() {
		String code = register();
		this.tracker.pullFailed(code, FIRST_FAILURE, "HTTP status 500");
		Instant synced = FIRST_FAILURE.plusSeconds(20);

		this.tracker.pullSucceeded(code, synced);

		ManufacturerHealth health = this.directory.health(code).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.isStale()).isFalse();
		assertThat(health.staleSince()).isNull();
		assertThat(health.lastError()).isNull();
		assertThat(health.consecutiveFailures()).isZero();
		assertThat(health.lastSyncedAt()).isEqualTo(synced);

		this.tracker.pullFailed(code, synced.plusSeconds(10), "HTTP status 502");
		assertThat(this.directory.health(code).orElseThrow().staleSince()).isEqualTo(synced.plusSeconds(10));
	}

	@Test
	void aSnapshotReceivedMakesAManufacturerAliveAndRecordsNoPullUntilItIsApplied() {
		String code = register();
		this.tracker.pullFailed(code, FIRST_FAILURE, "HTTP status 500");

		this.tracker.snapshotReceived(code);

		ManufacturerHealth received = this.directory.health(code).orElseThrow();
		assertThat(received.state()).isEqualTo(ManufacturerState.ALIVE);
		assertThat(received.healthy()).isFalse();
		assertThat(received.consecutiveFailures()).isEqualTo(1);
		assertThat(received.lastSyncedAt()).isNull();

		this.tracker.pullFailed(code, FIRST_FAILURE.plusSeconds(10), "internal error while applying the snapshot");
		ManufacturerHealth failed = this.directory.health(code).orElseThrow();
		assertThat(failed.state()).isEqualTo(ManufacturerState.SUSPECT);
		assertThat(failed.consecutiveFailures()).isEqualTo(2);
		assertThat(failed.staleSince()).isEqualTo(FIRST_FAILURE);
	}

	@Test
	void theLastErrorIsStoredShortAndOnOneLine() {
		String code = register();

		this.tracker.pullFailed(code, FIRST_FAILURE, "bad\u0000\n\tthing <b>" + "x".repeat(1000));

		String error = this.directory.health(code).orElseThrow().lastError();
		assertThat(error).startsWith("bad thing <b>xxx").hasSize(PullErrorText.MAX_LENGTH).endsWith("…");
	}

	@Test
	void healthListsManufacturersByName() {
		String zulu = TestManufacturers.uniqueCode("health");
		String alpha = TestManufacturers.uniqueCode("health");
		this.codes.addAll(List.of(zulu, alpha));
		this.registry
			.register(new ManufacturerRegistration(zulu, "Zulu " + zulu, URI.create("http://127.0.0.1:9"), null));
		this.registry
			.register(new ManufacturerRegistration(alpha, "Alpha " + alpha, URI.create("http://127.0.0.1:9"), null));

		List<String> codes = this.directory.health().stream().map(ManufacturerHealth::code).toList();

		assertThat(codes).containsSubsequence(alpha, zulu);
	}

	private String register() {
		String code = TestManufacturers.register(this.registry, "health", URI.create("http://127.0.0.1:9")).code();
		this.codes.add(code);
		return code;
	}

}
