package dev.centraldistribution.distributor.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG: one bar per minute, scaled to the highest
 * value, in a fixed view box the page stretches to its width.
 *
 * @param title what it counts
 * @param bars the bars, oldest first
 * @param max the highest value (the top of the scale)
 * @param total the sum of all values
 */
record BarChart(String title, List<Bar> bars, long max, long total) {

	static final int WIDTH = 600;

	static final int HEIGHT = 120;

	static BarChart perMinute(String title, long[] values) {
		long max = 0;
		long total = 0;
		for (long value : values) {
			max = Math.max(max, value);
			total += value;
		}
		double slot = (double) WIDTH / Math.max(1, values.length);
		List<Bar> bars = new ArrayList<>();
		for (int index = 0; index < values.length; index++) {
			double height = (max > 0) ? (double) HEIGHT * values[index] / max : 0;
			int minutesAgo = values.length - 1 - index;
			bars.add(new Bar(round(index * slot + slot * 0.1), round(HEIGHT - height), round(slot * 0.8), round(height),
					values[index] + " in the minute " + ((minutesAgo == 0) ? "now" : minutesAgo + " min ago")));
		}
		return new BarChart(title, bars, max, total);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/**
	 * One bar.
	 *
	 * @param x its left edge
	 * @param y its top
	 * @param width its width
	 * @param height its height
	 * @param label what it says on hover
	 */
	record Bar(double x, double y, double width, double height, String label) {
	}

}
