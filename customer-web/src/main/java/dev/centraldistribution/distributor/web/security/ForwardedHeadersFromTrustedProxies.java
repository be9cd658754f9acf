package dev.centraldistribution.distributor.web.security;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} only when the
 * request comes from a {@link TrustedProxies trusted proxy}, and removes every forwarded
 * header otherwise, before anything reads the request. Spring's
 * {@link ForwardedHeaderFilter} does the rest; it alone would trust any client.
 * <p>
 * From a trusted proxy the client is the last address of {@code X-Forwarded-For} that is
 * not itself a trusted proxy (what a chain of proxies appended; anything further left was
 * sent by the client). {@code Forwarded}, {@code X-Forwarded-Port}, {@code -Prefix} and
 * {@code -Ssl} are removed even then: nginx passes on what a client sends in headers it
 * does not set itself.
 */
class ForwardedHeadersFromTrustedProxies implements Filter {

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	ForwardedHeadersFromTrustedProxies(TrustedProxies proxies) {
		this.proxies = proxies.matchers();
		this.remove.setRemoveOnly(true);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		if (isTrusted(http.getRemoteAddr())) {
			String client = clientOf(http);
			// Spring would write an IPv6 client in brackets, unlike the container: the
			// throttle counts one address by one spelling, so the client is set as found.
			this.apply.doFilter(new ProxiedRequest(http, client), response,
					(forwarded, sameResponse) -> chain.doFilter(new ClientAddress(forwarded, client), sameResponse));
		}
		else {
			this.remove.doFilter(request, response, chain);
		}
	}

	/** The client's address, or the proxy's own when the proxy named no client. */
	private String clientOf(HttpServletRequest request) {
		String header = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
		String[] addresses = header.split(",");
		for (int i = addresses.length - 1; i >= 0; i--) {
			String address = addresses[i].strip();
			if (!TrustedProxies.isIpLiteral(address)) {
				break;
			}
			if (!isTrusted(address) || i == 0) {
				return address;
			}
		}
		return request.getRemoteAddr();
	}

	private boolean isTrusted(String address) {
		if (this.proxies.isEmpty() || !TrustedProxies.isIpLiteral(address)) {
			return false;
		}
		for (IpAddressMatcher proxy : this.proxies) {
			if (proxy.matches(address)) {
				return true;
			}
		}
		return false;
	}

	/** The request as Spring's filter made it, from the client's address as found. */
	private static final class ClientAddress extends HttpServletRequestWrapper {

		private final String client;

		ClientAddress(ServletRequest request, String client) {
			super((HttpServletRequest) request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

	}

}
