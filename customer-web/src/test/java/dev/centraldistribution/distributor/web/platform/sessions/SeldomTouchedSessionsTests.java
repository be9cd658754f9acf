package dev.centraldistribution.distributor.web.platform.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

class SeldomTouchedSessionsTests {

	/**
	 * Now, not a fixed date: a session saved with a short timeout must not have expired.
	 */
	private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final InMemorySessions stored = new InMemorySessions();

	private final SeldomTouchedSessions sessions = new SeldomTouchedSessions(this.stored, Duration.ofMinutes(1));

	@Test
	void passesOnAnAccessTimeOnlyOnceItMovedByTheInterval() {
		String id = storedSessionLastAccessedAt(this.start);
		SeldomTouchedSessions.SeldomTouchedSession session = this.sessions.findById(id);

		session.setLastAccessedTime(this.start.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start);

		session.setLastAccessedTime(this.start.plusSeconds(60));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void aNewSessionTakesItsFirstAccessTime() {
		SeldomTouchedSessions.SeldomTouchedSession session = this.sessions.createSession();
		Instant now = session.getCreationTime().plusMillis(1);

		session.setLastAccessedTime(now);

		assertThat(session.getLastAccessedTime()).isEqualTo(now);
	}

	@Test
	void passesEverythingElseOn() {
		SeldomTouchedSessions.SeldomTouchedSession session = this.sessions
			.findById(storedSessionLastAccessedAt(this.start));

		session.setAttribute("notice", "hello");
		session.setMaxInactiveInterval(Duration.ofMinutes(5));
		this.sessions.save(session);

		Session saved = this.stored.findById(session.getId());
		assertThat(saved.<String>getAttribute("notice")).isEqualTo("hello");
		assertThat(saved.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));
		this.sessions.deleteById(session.getId());
		assertThat(this.stored.findById(session.getId())).isNull();
	}

	private String storedSessionLastAccessedAt(Instant time) {
		MapSession session = new MapSession();
		session.setLastAccessedTime(time);
		session.setMaxInactiveInterval(Duration.ofDays(3650));
		this.stored.save(session);
		return session.getId();
	}

	/** Sessions in a map, found by id only. */
	static final class InMemorySessions implements FindByIndexNameSessionRepository<Session> {

		private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());

		@Override
		public Session createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(Session session) {
			this.sessions.save((MapSession) session);
		}

		@Override
		public Session findById(String id) {
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
