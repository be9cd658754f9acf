package dev.centraldistribution.distributor.web.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The proxies whose {@code X-Forwarded-*} headers this instance believes: nginx in front
 * of the instances, nobody by default. A client that reaches an instance directly cannot
 * then pick its address (which the sign-in throttle counts by) or the host its redirects
 * name.
 *
 * @param trustedProxies addresses or CIDR blocks, such as {@code 127.0.0.1/32} or
 * {@code 172.28.0.10}; IP literals only, never host names (no DNS look-up decides trust)
 */
@ConfigurationProperties("distributor.security")
record TrustedProxies(@DefaultValue List<String> trustedProxies) {

	/**
	 * Four numbers, or hex digits with colons: an IP literal, never a name to look up.
	 */
	private static final Pattern IP_LITERAL = Pattern
		.compile("\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

	TrustedProxies {
		trustedProxies = trustedProxies.stream().map(String::strip).filter((entry) -> !entry.isEmpty()).toList();
		trustedProxies.forEach(TrustedProxies::check);
	}

	/** The matchers of the configured blocks; built once by the filter that uses them. */
	List<IpAddressMatcher> matchers() {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		this.trustedProxies.forEach((entry) -> matchers.add(new IpAddressMatcher(entry)));
		return Collections.unmodifiableList(matchers);
	}

	/** Whether the text is an IP literal, so that matching it never asks DNS. */
	static boolean isIpLiteral(String text) {
		return text != null && IP_LITERAL.matcher(text).matches();
	}

	private static void check(String entry) {
		int slash = entry.indexOf('/');
		String address = (slash < 0) ? entry : entry.substring(0, slash);
		boolean valid = isIpLiteral(address);
		if (valid) {
			try {
				new IpAddressMatcher(entry);
			}
			catch (IllegalArgumentException ex) {
				valid = false;
			}
		}
		if (!valid) {
			throw new IllegalArgumentException("distributor.security.trusted-proxies: '" + entry
					+ "' is not an IP address or CIDR block (e.g. 127.0.0.1/32 or 172.28.0.10)");
		}
	}

}
