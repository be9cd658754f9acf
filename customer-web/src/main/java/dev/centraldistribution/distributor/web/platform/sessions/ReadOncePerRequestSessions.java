package dev.centraldistribution.distributor.web.platform.sessions;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Within one request, hands back the session this request saved instead of reading it
 * from the database again. Spring Session commits a session when the response is
 * committed (a redirect, a flushed page) and again when its filter ends; the second
 * commit clears its cache first and so read the whole session once more, in its own
 * transaction, after every page and every redirect.
 * <p>
 * Only between {@link #filter() this filter}'s start and end, on the request's own
 * thread: other threads and later requests always read the database.
 */
final class ReadOncePerRequestSessions<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<Map<String, Session>> savedThisRequest = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	ReadOncePerRequestSessions(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	/**
	 * The filter that opens and closes the request's memory; it must run before Spring
	 * Session's.
	 */
	static Filter filter() {
		return ReadOncePerRequestSessions::remembering;
	}

	private static void remembering(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (savedThisRequest.get() != null) {
			chain.doFilter(request, response);
			return;
		}
		savedThisRequest.set(new HashMap<>(2));
		try {
			chain.doFilter(request, response);
		}
		finally {
			savedThisRequest.remove();
		}
	}

	@Override
	public S createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(S session) {
		this.sessions.save(session);
		Map<String, Session> saved = savedThisRequest.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Map<String, Session> saved = savedThisRequest.get();
		Session session = (saved != null) ? saved.get(id) : null;
		return (session != null) ? (S) session : this.sessions.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> saved = savedThisRequest.get();
		if (saved != null) {
			saved.remove(id);
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}
