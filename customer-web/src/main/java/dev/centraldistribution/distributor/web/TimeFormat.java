package dev.centraldistribution.distributor.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats moments for templates with their zone named, whatever the server's zone:
 * {@code ${@times.time(instant)}} is "14:02 UTC", {@code ${@times.dateTime(instant)}} is
 * "2026-12-06 14:02 UTC", {@code ${@times.precise(instant)}} is "2026-12-06 14:02:05 UTC"
 * (where seconds tell a message's way: an order's timeline, the operator's order page).
 * In a {@code <time class="local-time" datetime="…">}, js/shop.js shows it in the
 * customer's own zone, named, once the page has loaded.
 */
@Component("times")
public class TimeFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	public String precise(Instant instant) {
		return (instant != null) ? PRECISE.format(instant) : "";
	}

}
