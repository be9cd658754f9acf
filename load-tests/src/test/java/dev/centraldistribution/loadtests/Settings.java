package dev.centraldistribution.loadtests;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Settings of a simulation, as system properties ({@code -DbaseUrl=...}) so that one
 * compiled simulation serves every run. Gatling's Maven plugin passes {@code -D} options
 * of the Maven command line on to the simulation.
 */
final class Settings {

	private Settings() {
	}

	static String text(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

	static double number(String name, double fallback) {
		return Double.parseDouble(text(name, Double.toString(fallback)));
	}

	static int integer(String name, int fallback) {
		return Integer.parseInt(text(name, Integer.toString(fallback)));
	}

	/** A duration in seconds, e.g. {@code -Dduration=60}. */
	static Duration seconds(String name, int fallback) {
		return Duration.ofSeconds(integer(name, fallback));
	}

	static List<String> list(String name, String fallback) {
		return Arrays.stream(text(name, fallback).split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
