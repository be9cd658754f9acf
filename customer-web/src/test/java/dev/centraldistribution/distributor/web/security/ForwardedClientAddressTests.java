package dev.centraldistribution.distributor.web.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which address a request comes from, as the rest of the application sees it.
 */
class ForwardedClientAddressTests {

	final ForwardedHeadersFromTrustedProxies filter = new ForwardedHeadersFromTrustedProxies(
			new TrustedProxies(List.of("192.0.2.10", "10.0.0.0/24")));

	@Test
	void trustsNobodyByDefault() throws Exception {
		ForwardedHeadersFromTrustedProxies byDefault = new ForwardedHeadersFromTrustedProxies(
				new TrustedProxies(List.of()));

		assertThat(clientSeenBy(byDefault, "192.0.2.10", "203.0.113.9")).isEqualTo("192.0.2.10");
	}

	@Test
	void takesTheClientFromATrustedProxy() throws Exception {
		assertThat(clientSeen("192.0.2.10", "203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(clientSeen("10.0.0.7", "2001:db8::1")).isEqualTo("2001:db8::1");
	}

	@Test
	void ignoresForwardedForFromAnyoneElse() throws Exception {
		assertThat(clientSeen("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
	}

	@Test
	void takesTheLastAddressNotAProxyWhatTheClientPrependedNotwithstanding() throws Exception {
		assertThat(clientSeen("192.0.2.10", "1.2.3.4, 203.0.113.9, 10.0.0.5")).isEqualTo("203.0.113.9");
	}

	@Test
	void keepsTheProxysAddressWhenTheHeaderIsNotAnAddress() throws Exception {
		assertThat(clientSeen("192.0.2.10", "unknown")).isEqualTo("192.0.2.10");
		assertThat(clientSeen("192.0.2.10", "evil.example")).isEqualTo("192.0.2.10");
		assertThat(clientSeen("192.0.2.10", "cafe.de")).as("hex digits and dots: a host name").isEqualTo("192.0.2.10");
		assertThat(clientSeen("192.0.2.10", null)).isEqualTo("192.0.2.10");
	}

	@Test
	void refusesHostNamesAndNonsenseInTheSetting() {
		for (String entry : List.of("nginx", "localhost", "cafe.de", "10.0.0.0/99", "1.2.3.4/x", "*")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of(entry)))
				.withMessageContaining("distributor.security.trusted-proxies")
				.withMessageContaining(entry);
		}
		assertThat(new TrustedProxies(List.of(" 127.0.0.1/32 ", "::1", "", "172.28.0.0/16")).trustedProxies())
			.containsExactly("127.0.0.1/32", "::1", "172.28.0.0/16");
	}

	private String clientSeen(String remoteAddress, String forwardedFor) throws Exception {
		return clientSeenBy(this.filter, remoteAddress, forwardedFor);
	}

	private static String clientSeenBy(ForwardedHeadersFromTrustedProxies filter, String remoteAddress,
			String forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
		request.setRemoteAddr(remoteAddress);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		AtomicReference<String> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(HttpServletRequest passed,
							jakarta.servlet.http.HttpServletResponse response) {
						seen.set(passed.getRemoteAddr());
					}
				}));
		return seen.get();
	}

}
