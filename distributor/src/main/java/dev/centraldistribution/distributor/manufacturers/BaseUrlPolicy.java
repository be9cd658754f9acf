package dev.centraldistribution.distributor.manufacturers;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which base URLs a manufacturer may announce: an absolute http(s) URL without user
 * information, that does not point at this distributor (its own port on a loopback
 * address, on one of this machine's addresses or names, or one of the configured
 * forbidden URLs): the distributor would pull itself.
 * <p>
 * Host names are compared as written and never looked up: a lookup would let any hello
 * make this instance query DNS.
 */
final class BaseUrlPolicy {

	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final int ownPort;

	private final List<URI> forbidden;

	private final Set<String> ownNames;

	private final Set<InetAddress> ownAddresses;

	BaseUrlPolicy(int ownPort, List<URI> forbidden) {
		this(ownPort, forbidden, machineNames(), machineAddresses());
	}

	BaseUrlPolicy(int ownPort, List<URI> forbidden, Set<String> ownNames, Set<InetAddress> ownAddresses) {
		this.ownPort = ownPort;
		this.forbidden = List.copyOf(forbidden);
		this.ownNames = Set.copyOf(ownNames);
		this.ownAddresses = Set.copyOf(ownAddresses);
	}

	/**
	 * @param baseUrl as announced, possibly anything
	 * @return the URL, when a manufacturer may have it
	 * @throws RejectedPresenceException {@code bad-base-url} or {@code self-base-url}
	 */
	URI check(String baseUrl) {
		URI url = parse(baseUrl);
		int port = port(url);
		String host = host(url);
		boolean self = (port == this.ownPort && isThisMachine(host)) || this.forbidden.stream()
			.anyMatch((other) -> other.getHost() != null && host.equals(host(other)) && port == port(other)
					&& url.getScheme().equalsIgnoreCase(other.getScheme()));
		if (self) {
			throw new RejectedPresenceException(PresenceRejection.SELF_BASE_URL,
					"base URL " + LogSafe.quote(baseUrl) + " points at this distributor");
		}
		return url;
	}

	private static URI parse(String baseUrl) {
		URI url;
		try {
			url = (baseUrl != null && baseUrl.length() <= ManufacturerRegistration.MAX_URL_LENGTH) ? new URI(baseUrl)
					: null;
		}
		catch (URISyntaxException ex) {
			url = null;
		}
		if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null
				|| !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
			throw new RejectedPresenceException(PresenceRejection.BAD_BASE_URL,
					"base URL " + LogSafe.quote(baseUrl) + " is not an absolute http(s) URL without user information");
		}
		return url;
	}

	private boolean isThisMachine(String host) {
		if (host.equals("localhost") || host.endsWith(".localhost") || this.ownNames.contains(host)) {
			return true;
		}
		InetAddress address = literal(host);
		return address != null
				&& (address.isLoopbackAddress() || address.isAnyLocalAddress() || this.ownAddresses.contains(address));
	}

	/** The address an IP literal names, without any lookup; {@code null} for a name. */
	private static InetAddress literal(String host) {
		try {
			if (host.startsWith("[") && host.endsWith("]")) {
				// Java parses a bracketed IPv6 literal and never looks it up.
				return InetAddress.getByName(host);
			}
			if (IPV4_LITERAL.matcher(host).matches()) {
				String[] parts = host.split("\\.");
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(parts[i]);
					if (part > 255) {
						return null;
					}
					bytes[i] = (byte) part;
				}
				return InetAddress.getByAddress(bytes);
			}
			return null;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static String host(URI url) {
		String host = url.getHost().toLowerCase(Locale.ROOT);
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

	private static int port(URI url) {
		if (url.getPort() != -1) {
			return url.getPort();
		}
		return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
	}

	private static Set<String> machineNames() {
		Set<String> names = new HashSet<>();
		try {
			InetAddress local = InetAddress.getLocalHost();
			names.add(local.getHostName().toLowerCase(Locale.ROOT));
			names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
		}
		catch (UnknownHostException ex) {
			// A machine without a resolvable name of its own: its addresses still count.
		}
		return names;
	}

	private static Set<InetAddress> machineAddresses() {
		Set<InetAddress> addresses = new HashSet<>();
		try {
			NetworkInterface.networkInterfaces().forEach((nic) -> nic.inetAddresses().forEach(addresses::add));
		}
		catch (SocketException ex) {
			// No interfaces to list: loopback and any-local addresses are still refused.
		}
		return addresses;
	}

}
