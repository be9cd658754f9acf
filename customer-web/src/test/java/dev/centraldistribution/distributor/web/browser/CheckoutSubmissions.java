package dev.centraldistribution.distributor.web.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the order forms that reach the shop (after security, so only accepted ones) and
 * can hold each one back for a moment, the way a busy server would: a double click then
 * really sends two forms while the first is still being answered.
 */
class CheckoutSubmissions extends OncePerRequestFilter {

	private final AtomicInteger received = new AtomicInteger();

	private volatile Duration delay = Duration.ZERO;

	int received() {
		return this.received.get();
	}

	void holdEachBackFor(Duration delay) {
		this.delay = delay;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/checkout".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.received.incrementAndGet();
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		chain.doFilter(request, response);
	}

}
