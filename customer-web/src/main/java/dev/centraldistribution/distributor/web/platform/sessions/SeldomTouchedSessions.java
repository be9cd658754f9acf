package dev.centraldistribution.distributor.web.platform.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Sessions whose last access time is written at most once per touch interval. Spring
 * Session marks a session changed on every request only because its last access time
 * moved, and JDBC then rewrites the session row each time: one transaction per request
 * that changes nothing a customer would notice.
 */
final class SeldomTouchedSessions
		implements FindByIndexNameSessionRepository<SeldomTouchedSessions.SeldomTouchedSession> {

	private final FindByIndexNameSessionRepository<Session> stored;

	private final Duration touchInterval;

	SeldomTouchedSessions(FindByIndexNameSessionRepository<Session> stored, Duration touchInterval) {
		this.stored = stored;
		this.touchInterval = touchInterval;
	}

	@Override
	public SeldomTouchedSession createSession() {
		return new SeldomTouchedSession(this.stored.createSession(), Duration.ZERO);
	}

	@Override
	public void save(SeldomTouchedSession session) {
		this.stored.save(session.stored);
	}

	@Override
	public SeldomTouchedSession findById(String id) {
		Session session = this.stored.findById(id);
		return (session != null) ? new SeldomTouchedSession(session, this.touchInterval) : null;
	}

	@Override
	public void deleteById(String id) {
		this.stored.deleteById(id);
	}

	@Override
	public Map<String, SeldomTouchedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, SeldomTouchedSession> found = new LinkedHashMap<>();
		this.stored.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new SeldomTouchedSession(session, this.touchInterval)));
		return found;
	}

	/**
	 * A stored session that passes on a new access time only once it is worth writing.
	 */
	static final class SeldomTouchedSession implements Session {

		private final Session stored;

		private final Duration touchInterval;

		private SeldomTouchedSession(Session stored, Duration touchInterval) {
			this.stored = stored;
			this.touchInterval = touchInterval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration moved = Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime);
			if (moved.compareTo(this.touchInterval) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
