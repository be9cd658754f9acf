package dev.centraldistribution.distributor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.centraldistribution.conventions.DocumentedMetrics;
import dev.centraldistribution.conventions.DocumentedMetrics.Series;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard of docker-compose.yml asks only for series of the README's
 * metrics table (or Spring Boot's own): a series renamed in the code and the table, but
 * not on the dashboard, fails here instead of drawing an empty panel.
 */
class TheDashboardShowsDocumentedSeriesTests {

	static final Path DASHBOARD = Path.of("../monitoring/grafana/dashboards/central-distribution.json");

	static final Pattern OWN_SERIES = Pattern.compile("\\b((?:distributor|manufacturer)_[a-z0-9_]+)");

	@Test
	void everySeriesOfOursTheDashboardQueriesIsDocumented() throws IOException {
		Set<String> queried = new TreeSet<>();
		Matcher series = OWN_SERIES.matcher(Files.readString(DASHBOARD));
		while (series.find()) {
			queried.add(series.group(1).replaceFirst("_(bucket|sum|count)$", ""));
		}
		Set<String> documented = DocumentedMetrics.read()
			.stream()
			.map(Series::name)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(queried).as("series of ours on the dashboard").hasSizeGreaterThan(15);
		assertThat(queried).as("on the dashboard, not in the README's metrics table").isSubsetOf(documented);
	}

}
