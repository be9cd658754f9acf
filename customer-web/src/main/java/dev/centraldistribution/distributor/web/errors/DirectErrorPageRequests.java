package dev.centraldistribution.distributor.web.errors;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /error} typed into the address bar is a page that does not exist (404), not
 * an error without a status (which Spring Boot answers with 500). The container's own
 * forwards to {@code /error} (error dispatches) are not requests and pass.
 */
class DirectErrorPageRequests extends OncePerRequestFilter {

	static final String ERROR_PATH = "/error";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals(ERROR_PATH) || path.startsWith(ERROR_PATH + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
