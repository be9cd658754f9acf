package dev.centraldistribution.manufacturer.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.function.DoubleSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Wraps the offerings endpoint: delays it, fails it, or spoils what it answers, as
 * {@link FaultProperties} say.
 */
class OfferingsFaultFilter extends OncePerRequestFilter {

	private final FaultProperties faults;

	private final BadDataWriter badDataWriter;

	private final DoubleSupplier random;

	/**
	 * @param random draws from [0, 1) deciding whether a share-based fault happens
	 */
	OfferingsFaultFilter(FaultProperties faults, BadDataWriter badDataWriter, DoubleSupplier random) {
		this.faults = faults;
		this.badDataWriter = badDataWriter;
		this.random = random;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		pause(this.faults.latency());
		if (happens(this.faults.errorShare())) {
			response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"injected fault\"}");
			return;
		}
		if (this.faults.badData() == BadData.NONE || !happens(this.faults.badDataShare())) {
			chain.doFilter(request, response);
			return;
		}
		var caching = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, caching);
		if (caching.getStatus() == HttpStatus.OK.value()) {
			byte[] spoiled = this.badDataWriter.spoil(this.faults.badData(), caching.getContentAsByteArray());
			caching.resetBuffer();
			caching.getOutputStream().write(spoiled);
		}
		caching.copyBodyToResponse();
	}

	private boolean happens(double share) {
		return share >= 1.0 || (share > 0 && this.random.getAsDouble() < share);
	}

	private static void pause(Duration latency) {
		if (latency.isNegative() || latency.isZero()) {
			return;
		}
		try {
			Thread.sleep(latency.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
