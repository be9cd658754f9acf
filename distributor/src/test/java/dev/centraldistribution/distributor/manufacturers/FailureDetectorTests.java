package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.ALIVE;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.DOWN;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.LEFT;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.SUSPECT;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure detector on a clock the test moves: heartbeats every 2 s, suspect after 3
 * missed (7 s of silence), down 60 s after suspect, left at once on bye, alive again on a
 * heartbeat followed by a successful pull.
 */
class FailureDetectorTests {

	private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

	private static final Duration INTERVAL = Duration.ofSeconds(2);

	private static final Duration DOWN_AFTER = Duration.ofSeconds(60);

	private final MovableClock clock = new MovableClock(START);

	private final FailureDetector detector = new FailureDetector(this.clock, 3, DOWN_AFTER);

	/** A manufacturer that announced a 2 s heartbeat and has not been pulled yet. */
	private Liveness announced() {
		return new Liveness(UNKNOWN, START, null, INTERVAL);
	}

	/** Announced, one heartbeat, one successful pull. */
	private Liveness alive() {
		Liveness liveness = this.detector.pullSucceeded(this.detector.heartbeat(announced()), () -> true);
		assertThat(liveness.state()).isEqualTo(ALIVE);
		return liveness;
	}

	private Liveness checked(Liveness liveness) {
		return this.detector.check(liveness, true);
	}

	private void after(Duration duration) {
		this.clock.advance(duration);
	}

	@Nested
	class ManufacturerThatBeats {

		@Test
		void isAliveOnAHeartbeatFollowedByASuccessfulPull() {
			Liveness beatOnly = FailureDetectorTests.this.detector.heartbeat(announced());

			assertThat(beatOnly.state()).isEqualTo(UNKNOWN);
			assertThat(FailureDetectorTests.this.detector.pullSucceeded(beatOnly, () -> true).state()).isEqualTo(ALIVE);
		}

		@Test
		void isJudgedByItsPullsUntilItsFirstHeartbeat() {
			Liveness pulledOnly = FailureDetectorTests.this.detector.pullSucceeded(announced(), () -> true);
			after(Duration.ofMinutes(5));

			assertThat(pulledOnly.state()).isEqualTo(ALIVE);
			assertThat(checked(pulledOnly).state()).isEqualTo(ALIVE);
		}

		@Test
		void isSuspectOnceThreeHeartbeatsAndHalfAnIntervalAreMissed() {
			Liveness alive = alive();

			after(Duration.ofMillis(6_999));
			assertThat(checked(alive).state()).isEqualTo(ALIVE);
			after(Duration.ofMillis(2));
			Liveness suspect = checked(alive);

			assertThat(suspect.state()).isEqualTo(SUSPECT);
			assertThat(suspect.since()).isEqualTo(START.plusMillis(7_001));
		}

		@Test
		void isSuspectAtOnceWhenAPullFails() {
			Liveness alive = alive();
			after(Duration.ofSeconds(1));

			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive);

			assertThat(suspect.state()).isEqualTo(SUSPECT);
			assertThat(suspect.since()).isEqualTo(START.plusSeconds(1));
		}

		@Test
		void isDownOnceSuspectForDownAfter() {
			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive());

			after(DOWN_AFTER.minusMillis(1));
			assertThat(checked(suspect).state()).isEqualTo(SUSPECT);
			after(Duration.ofMillis(1));
			Liveness down = checked(suspect);

			assertThat(down.state()).isEqualTo(DOWN);
			assertThat(down.since()).isEqualTo(START.plus(DOWN_AFTER));
			after(Duration.ofHours(1));
			assertThat(checked(down)).isEqualTo(down);
		}

		@Test
		void comesBackOnAHeartbeatFollowedByASuccessfulPull() {
			Liveness alive = alive();
			after(Duration.ofSeconds(10));
			Liveness suspect = checked(alive);
			after(Duration.ofSeconds(1));
			assertThat(FailureDetectorTests.this.detector.pullSucceeded(suspect, () -> true).state())
				.as("a pull alone, its heartbeats still missing")
				.isEqualTo(SUSPECT);

			Liveness beating = FailureDetectorTests.this.detector.heartbeat(suspect);
			assertThat(beating.state()).as("a heartbeat alone").isEqualTo(SUSPECT);
			after(Duration.ofSeconds(1));
			Liveness back = FailureDetectorTests.this.detector.pullSucceeded(beating, () -> true);

			assertThat(back.state()).isEqualTo(ALIVE);
			assertThat(back.since()).isEqualTo(START.plusSeconds(12));
		}

		@Test
		void aHeartbeatFromBeforeItWasSuspectDoesNotBringItBack() {
			Liveness alive = this.beatingUntilAPullFails();

			assertThat(FailureDetectorTests.this.detector.pullSucceeded(alive, () -> true).state()).isEqualTo(SUSPECT);
		}

		private Liveness beatingUntilAPullFails() {
			Liveness alive = FailureDetectorTests.this.detector.heartbeat(alive());
			after(Duration.ofSeconds(1));
			return FailureDetectorTests.this.detector.pullFailed(alive);
		}

		@Test
		void comesBackFromDownTheSameWay() {
			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive());
			after(DOWN_AFTER);
			Liveness down = checked(suspect);
			after(Duration.ofSeconds(30));

			Liveness alive = FailureDetectorTests.this.detector
				.pullSucceeded(FailureDetectorTests.this.detector.heartbeat(down), () -> true);

			assertThat(alive.state()).isEqualTo(ALIVE);
		}

		@Test
		void aHeartbeatKeepsItAliveAndRestartsTheSilence() {
			Liveness liveness = alive();
			for (int beat = 0; beat < 100; beat++) {
				after(INTERVAL);
				liveness = checked(FailureDetectorTests.this.detector.heartbeat(liveness));
			}

			assertThat(liveness.state()).isEqualTo(ALIVE);
			assertThat(liveness.lastHeartbeatAt()).isEqualTo(START.plus(INTERVAL.multipliedBy(100)));
		}

		@Test
		void anIntervalItAnnouncedSetsItsOwnSilence() {
			Liveness slow = FailureDetectorTests.this.detector.pullSucceeded(FailureDetectorTests.this.detector
				.heartbeat(new Liveness(UNKNOWN, START, null, Duration.ofSeconds(10))), () -> true);

			after(Duration.ofSeconds(30));
			assertThat(checked(slow).state()).isEqualTo(ALIVE);
			after(Duration.ofSeconds(6));
			assertThat(checked(slow).state()).isEqualTo(SUSPECT);
		}

	}

	@Nested
	class ManufacturerThatLeaves {

		@Test
		void leavesAtOnceFromAnyState() {
			Liveness alive = alive();
			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive);
			after(Duration.ofMillis(5));

			for (Liveness before : List.of(announced(), alive, suspect)) {
				Liveness left = FailureDetectorTests.this.detector.bye(before);
				assertThat(left.state()).isEqualTo(LEFT);
				assertThat(left.since()).isEqualTo(START.plusMillis(5));
			}
		}

		@Test
		void staysLeftWhateverThePullsSayAndNeverTurnsDown() {
			Liveness left = FailureDetectorTests.this.detector.bye(alive());
			after(Duration.ofHours(1));

			assertThat(FailureDetectorTests.this.detector.pullSucceeded(left, () -> false).state()).isEqualTo(LEFT);
			assertThat(FailureDetectorTests.this.detector.pullFailed(left).state()).isEqualTo(LEFT);
			assertThat(checked(left).state()).isEqualTo(LEFT);
		}

		@Test
		void comesBackWhenItBeatsAgainAndIsPulled() {
			Liveness left = FailureDetectorTests.this.detector.bye(alive());
			after(Duration.ofSeconds(20));

			Liveness alive = FailureDetectorTests.this.detector
				.pullSucceeded(FailureDetectorTests.this.detector.heartbeat(left), () -> true);

			assertThat(alive.state()).isEqualTo(ALIVE);
		}

	}

	@Nested
	class ManufacturerThatIsUnlisted {

		@Test
		void staysUnlistedWhateverItSendsOrThePullsSay() {
			Liveness unlisted = alive().in(ManufacturerState.UNLISTED, START);
			after(Duration.ofHours(1));

			Liveness beat = FailureDetectorTests.this.detector.heartbeat(unlisted);
			assertThat(FailureDetectorTests.this.detector.pullSucceeded(beat, () -> true).state())
				.isEqualTo(ManufacturerState.UNLISTED);
			assertThat(FailureDetectorTests.this.detector.pullFailed(unlisted).state())
				.isEqualTo(ManufacturerState.UNLISTED);
			assertThat(FailureDetectorTests.this.detector.bye(unlisted).state()).isEqualTo(ManufacturerState.UNLISTED);
			assertThat(checked(unlisted).state()).isEqualTo(ManufacturerState.UNLISTED);
		}

	}

	@Nested
	class ManufacturerThatNeverBeats {

		private Liveness configured() {
			return new Liveness(UNKNOWN, START, null, null);
		}

		@Test
		void isJudgedByItsPullsAlone() {
			Liveness alive = FailureDetectorTests.this.detector.pullSucceeded(configured(), () -> true);
			assertThat(alive.state()).isEqualTo(ALIVE);
			after(Duration.ofHours(1));
			assertThat(checked(alive).state()).as("no heartbeat expected").isEqualTo(ALIVE);

			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive);
			assertThat(suspect.state()).isEqualTo(SUSPECT);
			after(DOWN_AFTER);
			Liveness down = checked(suspect);
			assertThat(down.state()).isEqualTo(DOWN);
			assertThat(FailureDetectorTests.this.detector.pullSucceeded(down, () -> true).state()).isEqualTo(ALIVE);
		}

		@Test
		void isSuspectWhenItsFirstPullFails() {
			assertThat(FailureDetectorTests.this.detector.pullFailed(configured()).state()).isEqualTo(SUSPECT);
		}

	}

	@Nested
	class FeedThatFallsSilent {

		@Test
		void silenceIsNoEvidenceWhenNoManufacturerIsHeard() {
			Liveness alive = alive();
			after(Duration.ofSeconds(30));

			assertThat(FailureDetectorTests.this.detector.isFeedHeard(List.of(alive))).isFalse();
			assertThat(FailureDetectorTests.this.detector.check(alive, false).state()).isEqualTo(ALIVE);
		}

		@Test
		void silenceCountsWhileAnotherManufacturerIsHeard() {
			Liveness gone = alive();
			after(Duration.ofSeconds(8));
			Liveness beating = FailureDetectorTests.this.detector.heartbeat(alive());

			assertThat(FailureDetectorTests.this.detector.isFeedHeard(List.of(gone, beating))).isTrue();
			assertThat(checked(gone).state()).isEqualTo(SUSPECT);
		}

		@Test
		void aSuspectComesBackOnAPullAloneWhileNoManufacturerIsHeard() {
			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive());
			after(Duration.ofSeconds(20));

			assertThat(FailureDetectorTests.this.detector.pullSucceeded(suspect, () -> false).state()).isEqualTo(ALIVE);
			assertThat(FailureDetectorTests.this.detector.pullSucceeded(suspect, () -> true).state())
				.isEqualTo(SUSPECT);
		}

	}

	@Nested
	class FlappingManufacturer {

		@Test
		void isSuspectEachTimeItGoesQuietAliveEachTimeItComesBackAndNeverDown() {
			Liveness liveness = alive();
			for (int flap = 0; flap < 20; flap++) {
				after(Duration.ofSeconds(8));
				liveness = checked(liveness);
				assertThat(liveness.state()).isEqualTo(SUSPECT);
				after(Duration.ofSeconds(30));
				liveness = checked(FailureDetectorTests.this.detector.heartbeat(liveness));
				assertThat(liveness.state()).as("beating, not pulled yet").isEqualTo(SUSPECT);
				after(Duration.ofSeconds(1));
				liveness = FailureDetectorTests.this.detector.pullSucceeded(liveness, () -> true);
				assertThat(liveness.state()).isEqualTo(ALIVE);
			}
		}

		@Test
		void isDownWhenOneOfItsAbsencesLastsDownAfter() {
			Liveness liveness = alive();
			after(Duration.ofSeconds(8));
			liveness = checked(liveness);
			after(Duration.ofSeconds(30));
			liveness = FailureDetectorTests.this.detector.heartbeat(liveness);
			after(Duration.ofSeconds(30));

			assertThat(checked(liveness).state()).as("it beat, but no pull followed").isEqualTo(DOWN);
		}

	}

	@Nested
	class ClockThatJumps {

		@Test
		void forwardMakesLiveManufacturersSuspectNeverDownAtOnce() {
			Liveness alive = alive();
			after(Duration.ofHours(1));

			Liveness suspect = checked(alive);
			assertThat(suspect.state()).isEqualTo(SUSPECT);
			assertThat(checked(suspect).state()).isEqualTo(SUSPECT);
			after(Duration.ofSeconds(2));
			Liveness back = FailureDetectorTests.this.detector
				.pullSucceeded(FailureDetectorTests.this.detector.heartbeat(suspect), () -> true);
			assertThat(back.state()).isEqualTo(ALIVE);
		}

		@Test
		void backRestartsTheCountTowardsDownFromNow() {
			Liveness suspect = FailureDetectorTests.this.detector.pullFailed(alive());
			this.jumpBack(Duration.ofHours(1));

			Liveness recounted = checked(suspect);
			assertThat(recounted.state()).isEqualTo(SUSPECT);
			assertThat(recounted.since()).isEqualTo(START.minus(Duration.ofHours(1)));
			after(DOWN_AFTER);

			assertThat(checked(recounted).state()).isEqualTo(DOWN);
		}

		@Test
		void backStillNoticesSilence() {
			Liveness alive = alive();
			this.jumpBack(Duration.ofHours(1));
			Liveness recounted = checked(alive);
			after(Duration.ofSeconds(8));

			assertThat(checked(recounted).state()).isEqualTo(SUSPECT);
		}

		private void jumpBack(Duration duration) {
			FailureDetectorTests.this.clock.set(FailureDetectorTests.this.clock.instant().minus(duration));
		}

	}

}
