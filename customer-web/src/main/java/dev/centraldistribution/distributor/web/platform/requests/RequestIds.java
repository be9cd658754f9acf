package dev.centraldistribution.distributor.web.platform.requests;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.centraldistribution.logging.LogFields;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id: the {@code X-Request-Id} it came with (nginx makes one for
 * every request, {@code load-balancer/nginx.conf}), or a new one when it came without or
 * with one that is not a plain token (up to 64 letters, digits, {@code .}, {@code _},
 * {@code -}: nothing a client sends reaches the logs raw). The id is answered in the
 * response's {@code X-Request-Id} and set in the MDC ({@link LogFields#REQUEST_ID}) for
 * every line logged while the request is handled.
 */
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = idOf(request, response);
		response.setHeader(HEADER, id);
		try (LogFields.Scope fields = LogFields.with(LogFields.REQUEST_ID, id)) {
			chain.doFilter(request, response);
		}
	}

	/** Error pages and async dispatches of the request keep its id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	private static String idOf(HttpServletRequest request, HttpServletResponse response) {
		String answered = response.getHeader(HEADER);
		if (answered != null) {
			return answered;
		}
		String sent = request.getHeader(HEADER);
		if (sent != null && WELL_FORMED.matcher(sent).matches()) {
			return sent;
		}
		return UUID.randomUUID().toString().replace("-", "");
	}

}
