package dev.centraldistribution.distributor.allocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.contracts.GeoLocation;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The cities a customer can have goods delivered to, with their coordinates, read once
 * from {@code allocation/cities.csv} (no outside geocoding).
 */
@Component
public class DeliveryCities {

	static final String FILE = "allocation/cities.csv";

	private final Map<String, City> byLabel;

	DeliveryCities() {
		this.byLabel = read();
	}

	/** Every city, by name. */
	public List<City> all() {
		return List.copyOf(this.byLabel.values());
	}

	/**
	 * @param label as a form sends it ({@link City#label()}), any case
	 * @return the city, empty for anything not in the list
	 */
	public Optional<City> find(String label) {
		return (label != null) ? Optional.ofNullable(this.byLabel.get(key(label))) : Optional.empty();
	}

	private static String key(String label) {
		return label.strip().toLowerCase(Locale.ROOT);
	}

	private static Map<String, City> read() {
		List<City> cities = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",");
				if (fields.length != 4) {
					throw new IllegalStateException("Not name,country,latitude,longitude in " + FILE + ": " + line);
				}
				cities.add(new City(fields[0], fields[1],
						new GeoLocation(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		cities.sort(Comparator.comparing(City::name).thenComparing(City::country));
		Map<String, City> byLabel = new LinkedHashMap<>();
		cities.forEach((city) -> byLabel.put(key(city.label()), city));
		return byLabel;
	}

}
