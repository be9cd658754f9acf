package dev.centraldistribution.conventions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus series documented in the README's metrics table (between
 * {@code <!-- metrics:begin -->} and {@code <!-- metrics:end -->}), so that each
 * application's test can scrape its {@code /actuator/prometheus} for every row that is
 * its own: the documentation and the code cannot drift apart.
 */
public final class DocumentedMetrics {

	/** The README, seen from a module's directory (where Maven runs its tests). */
	public static final Path README = Path.of("../README.md");

	private static final String BEGIN = "<!-- metrics:begin -->";

	private static final String END = "<!-- metrics:end -->";

	/** A table row: {@code | `series` | app | type | tags | meaning |}. */
	private static final Pattern ROW = Pattern
		.compile("^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|\\s*([a-z-]+)\\s*\\|\\s*([a-z]+)\\s*\\|");

	/** Suffixes Prometheus adds to a timer's or a histogram's name. */
	private static final List<String> SUFFIXES = List.of("", "_bucket", "_count", "_sum", "_max");

	private DocumentedMetrics() {
	}

	/**
	 * The rows of the table.
	 * @return every documented series, in the table's order
	 */
	public static List<Series> read() {
		try {
			return parse(Files.readString(README));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + README.toAbsolutePath(), ex);
		}
	}

	static List<Series> parse(String readme) {
		int begin = readme.indexOf(BEGIN);
		int end = readme.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalStateException("The README has no " + BEGIN + " ... " + END + " table");
		}
		List<Series> series = new ArrayList<>();
		for (String line : readme.substring(begin, end).lines().toList()) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				series.add(new Series(row.group(1), row.group(2), row.group(3)));
			}
		}
		return series;
	}

	/**
	 * One documented series.
	 *
	 * @param name its name as Prometheus shows it
	 * ({@code distributor_orders_placed_total})
	 * @param application {@code distributor} or {@code simulator}
	 * @param type {@code counter}, {@code gauge}, {@code timer} or {@code histogram}
	 */
	public record Series(String name, String application, String type) {

		/**
		 * Whether a scraped page has at least one sample of this series.
		 * @param scrape the text of {@code /actuator/prometheus}
		 * @return whether it is there
		 */
		public boolean isIn(String scrape) {
			Set<String> names = ("timer".equals(this.type) || "histogram".equals(this.type))
					? Set.copyOf(SUFFIXES.stream().map((suffix) -> this.name + suffix).toList()) : Set.of(this.name);
			return scrape.lines()
				.filter((line) -> !line.startsWith("#"))
				.map((line) -> line.split("[{ ]", 2)[0])
				.anyMatch(names::contains);
		}

	}

}
