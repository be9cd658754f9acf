package dev.centraldistribution.distributor.sync;

import java.time.Duration;
import java.util.List;

import dev.centraldistribution.distributor.ManufacturerStub;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.Snapshots;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's "pull now": one manufacturer is pulled outside the schedule, and its
 * snapshot applied; unlisted and unknown manufacturers are not.
 */
@SpringBootTest
class PullNowPullsOneManufacturerTests {

	@Autowired
	PullNow pullNow;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	ManufacturerStub stub = ManufacturerStub.start();

	Manufacturer manufacturer;

	@AfterEach
	void stopTheStub() {
		this.stub.close();
		if (this.manufacturer != null) {
			TestManufacturers.delete(this.jdbc, List.of(this.manufacturer.code()));
		}
	}

	@Test
	void pullsTheManufacturerAndAppliesItsSnapshot() {
		this.manufacturer = TestManufacturers.register(this.registry, "now", this.stub.baseUrl());
		this.stub.serve(Snapshots.of(this.manufacturer.code(), Snapshots.product("NOW-1", 4)));

		assertThat(this.pullNow.pull(this.manufacturer.code(), "operator@localhost"))
			.isEqualTo(new PullRequest.Started(this.manufacturer.code()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(new OfferingRows(this.jdbc).find(this.manufacturer.id(), "NOW-1"))
				.hasValueSatisfying((row) -> assertThat(row.available()).isEqualTo(4)));
		assertThat(this.stub.requests()).isEqualTo(1);
	}

	@Test
	void anUnlistedManufacturerIsNotPulled() {
		this.manufacturer = TestManufacturers.register(this.registry, "now", this.stub.baseUrl());
		this.jdbc.sql("update manufacturer set presence_state = 'UNLISTED' where id = :id")
			.param("id", this.manufacturer.id())
			.update();

		assertThat(this.pullNow.pull(this.manufacturer.code(), "operator@localhost"))
			.isEqualTo(new PullRequest.Unlisted(this.manufacturer.code()));
		assertThat(this.stub.requests()).isZero();
	}

	@Test
	void anUnknownManufacturerIsSaidSo() {
		assertThat(this.pullNow.pull("no-such-code", "operator@localhost"))
			.isEqualTo(new PullRequest.UnknownManufacturer("no-such-code"));
	}

}
