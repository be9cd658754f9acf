package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.distributor.manufacturers.LivenessRepository.Tracked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manufacturer said hello: registers it when its code is new, or updates what is known
 * of it, so that the next pull includes it. Its state is left to the failure detector: a
 * heartbeat and a successful pull make it alive.
 * <p>
 * A code belongs to the base URL it was registered with (configured or announced) until
 * that manufacturer leaves or is down: a hello for it from another address is refused
 * meanwhile, or anyone holding the secret could redirect a live manufacturer's pulls. A
 * manufacturer that moved (a container restarted elsewhere) is taken at its new address
 * once it said bye or was down.
 */
@Service
class AnnounceManufacturer {

	private static final Logger logger = LoggerFactory.getLogger(AnnounceManufacturer.class);

	private final ManufacturerRegistry registry;

	private final ManufacturerLiveness manufacturers;

	private final LivenessRepository liveness;

	private final AnnouncementRepository announcements;

	private final BaseUrlPolicy baseUrls;

	private final HelloRateLimit rateLimit;

	private final Clock clock;

	AnnounceManufacturer(ManufacturerRegistry registry, ManufacturerLiveness manufacturers, LivenessRepository liveness,
			AnnouncementRepository announcements, BaseUrlPolicy baseUrls, HelloRateLimit rateLimit, Clock clock) {
		this.registry = registry;
		this.manufacturers = manufacturers;
		this.liveness = liveness;
		this.announcements = announcements;
		this.baseUrls = baseUrls;
		this.rateLimit = rateLimit;
		this.clock = clock;
	}

	/**
	 * @throws RejectedPresenceException when the hello is refused; nothing of it is
	 * stored then
	 */
	@Transactional
	void announce(ManufacturerHello hello) {
		String code = hello.manufacturerCode();
		if (!this.rateLimit.tryAcquire(code)) {
			throw new RejectedPresenceException(PresenceRejection.RATE_LIMITED, "too many hellos from " + code);
		}
		ManufacturerRegistration registration = registration(hello);
		Announcement announcement = Announcement.of(hello);
		MessageOrder order = MessageOrder.of(hello);
		Instant now = this.clock.instant();
		Tracked held = this.liveness.lock(code).orElse(null);
		if (held == null && this.registry.insertIfAbsent(registration) == 1) {
			this.liveness.store(code, new Liveness(ManufacturerState.UNKNOWN, now, null, null));
			logger.info("Manufacturer {} ({}) announced itself at {}: registered", code,
					LogSafe.quote(registration.name()), registration.baseUrl());
		}
		else {
			// Known, or registered by another instance a moment ago.
			held = (held != null) ? held : this.liveness.lock(code).orElseThrow();
			update(held, registration, order);
		}
		this.liveness.storeOrder(code, order);
		this.announcements.store(code, announcement, now);
	}

	private void update(Tracked held, ManufacturerRegistration registration, MessageOrder order) {
		ManufacturerState state = held.liveness().state();
		if (!sameEndpoint(held.baseUrl(), registration.baseUrl()) && state != ManufacturerState.LEFT
				&& state != ManufacturerState.DOWN && state != ManufacturerState.UNLISTED) {
			throw new RejectedPresenceException(PresenceRejection.CODE_TAKEN,
					"code " + held.code() + " belongs to the manufacturer at " + held.baseUrl() + " (" + state
							+ "), not " + LogSafe.quote(registration.baseUrl()));
		}
		if (!order.follows(held.lastMessage())) {
			throw new RejectedPresenceException(PresenceRejection.REPLAYED,
					"hello " + order + " is not newer than " + held.lastMessage());
		}
		this.registry.update(registration);
		this.manufacturers.relist(held.code());
		if (!held.baseUrl().equals(registration.baseUrl())) {
			logger.info("Manufacturer {} moved from {} to {}", held.code(), held.baseUrl(), registration.baseUrl());
		}
	}

	private ManufacturerRegistration registration(ManufacturerHello hello) {
		URI baseUrl = this.baseUrls.check(hello.baseUrl());
		AdapterKind adapterKind = AdapterKind.fromCode(hello.adapterKind())
			.orElseThrow(() -> new RejectedPresenceException(PresenceRejection.INVALID,
					"adapter kind " + LogSafe.quote(hello.adapterKind())));
		try {
			return new ManufacturerRegistration(hello.manufacturerCode(), hello.name(), baseUrl, hello.location(),
					adapterKind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// The message names the field; it may quote the code, which is checked
			// already.
			throw new RejectedPresenceException(PresenceRejection.INVALID,
					"name or location: " + LogSafe.quote(ex.getMessage()));
		}
	}

	/** The same scheme, host, port and path, whatever the case and a trailing slash. */
	static boolean sameEndpoint(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(b.getScheme()) && hostOf(a).equals(hostOf(b)) && port(a) == port(b)
				&& Objects.equals(path(a), path(b));
	}

	private static String hostOf(URI url) {
		return (url.getHost() != null) ? url.getHost().toLowerCase(Locale.ROOT) : "";
	}

	private static int port(URI url) {
		return (url.getPort() != -1) ? url.getPort() : ("https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
	}

	private static String path(URI url) {
		String path = (url.getRawPath() != null) ? url.getRawPath() : "";
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

}
