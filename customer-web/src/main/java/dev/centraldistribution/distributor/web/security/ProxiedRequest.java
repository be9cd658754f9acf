package dev.centraldistribution.distributor.web.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request that came through a trusted proxy, as
 * {@link ForwardedHeadersFromTrustedProxies} hands it to Spring's forwarded-header
 * handling: {@code X-Forwarded-For} reduced to the client's address, and no forwarded
 * header the proxy does not vouch for.
 */
final class ProxiedRequest extends HttpServletRequestWrapper {

	private static final String FORWARDED_FOR = "x-forwarded-for";

	private static final Set<String> NOT_VOUCHED_FOR = Set.of("forwarded", "x-forwarded-port", "x-forwarded-prefix",
			"x-forwarded-ssl");

	private final String client;

	ProxiedRequest(HttpServletRequest request, String client) {
		super(request);
		this.client = client;
	}

	@Override
	public String getHeader(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		if (key.equals(FORWARDED_FOR)) {
			return this.client;
		}
		return NOT_VOUCHED_FOR.contains(key) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		if (key.equals(FORWARDED_FOR)) {
			return Collections.enumeration(List.of(this.client));
		}
		return NOT_VOUCHED_FOR.contains(key) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		List<String> names = Collections.list(super.getHeaderNames())
			.stream()
			.filter((name) -> !NOT_VOUCHED_FOR.contains(name.toLowerCase(Locale.ROOT)))
			.filter((name) -> !name.equalsIgnoreCase(FORWARDED_FOR))
			.collect(Collectors.toCollection(ArrayList::new));
		names.add("X-Forwarded-For");
		return Collections.enumeration(names);
	}

}
