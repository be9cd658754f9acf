package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 6: a manufacturer that leaves the configuration without ever having
 * announced itself is unlisted; one that announced itself stays (its presence speaks for
 * it); configuring it again, or its hello, lists it again.
 */
@SpringBootTest
class UnlistedManufacturersTests {

	@Autowired
	UnlistedManufacturers unlisted;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	AnnounceManufacturer announce;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	final List<String> codes = new ArrayList<>();

	@AfterEach
	void forgetManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void unlistsOnlyTheUnconfiguredThatNeverAnnouncedThemselvesAndListsTheConfiguredAgain() {
		String configured = register("kept");
		String removed = register("removed");
		String announced = new PresenceMessages(TestManufacturers.uniqueCode("announced"), this.clock).code();
		this.codes.add(announced);
		this.announce.announce(new PresenceMessages(announced, this.clock).hello("http://127.0.0.1:30101"));

		List<String> unlistedNow = this.unlisted.follow(everyoneBut(removed, announced));

		assertThat(unlistedNow).containsExactly(removed);
		assertThat(state(removed)).isEqualTo(ManufacturerState.UNLISTED);
		assertThat(state(configured)).isNotEqualTo(ManufacturerState.UNLISTED);
		assertThat(state(announced)).isNotEqualTo(ManufacturerState.UNLISTED);
		assertThat(this.unlisted.follow(everyoneBut(removed, announced))).isEmpty();

		this.unlisted.follow(everyoneBut(announced));

		assertThat(state(removed)).isEqualTo(ManufacturerState.UNKNOWN);
	}

	@Test
	void aHelloListsAnUnlistedManufacturerAgain() {
		String removed = register("hello");
		this.unlisted.follow(everyoneBut(removed));
		assertThat(state(removed)).isEqualTo(ManufacturerState.UNLISTED);

		this.announce.announce(new PresenceMessages(removed, this.clock).hello("http://127.0.0.1:30102"));

		assertThat(state(removed)).isEqualTo(ManufacturerState.UNKNOWN);
		assertThat(this.directory.pulled()).extracting(Manufacturer::code).contains(removed);
	}

	private String register(String prefix) {
		String code = TestManufacturers.register(this.registry, prefix, URI.create("http://127.0.0.1:1")).code();
		this.codes.add(code);
		return code;
	}

	private List<String> everyoneBut(String... left) {
		List<String> codes = new ArrayList<>(this.directory.all().stream().map(Manufacturer::code).toList());
		codes.removeAll(List.of(left));
		return codes;
	}

	private ManufacturerState state(String code) {
		return this.directory.health(code).map(ManufacturerHealth::state).orElseThrow();
	}

}
