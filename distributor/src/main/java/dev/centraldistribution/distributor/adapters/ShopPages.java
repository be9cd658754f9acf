package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.centraldistribution.distributor.adapters.SnapshotDownloader.Download;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a shop's paginated list to its end, trusting none of its pages: each within the
 * pull's deadline and size limit, strictly parsed, and followed by its {@code next} link
 * only on the shop's own address. A link to a page already read, more pages than the
 * product limit can fill, or an empty page that still links on, is a list that never
 * ends; more items than the limit, a list cut short.
 */
final class ShopPages {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final SnapshotDownloader downloader;

	private final int pageSize;

	private final int maxItems;

	ShopPages(SnapshotDownloader downloader, int pageSize, int maxItems) {
		this.downloader = downloader;
		this.pageSize = pageSize;
		this.maxItems = maxItems;
	}

	List<JsonNode> readAll(URI baseUrl, String path) throws PullFailedException {
		String base = baseUrl.toString().replaceAll("/+$", "");
		int maxPages = this.maxItems / this.pageSize + 2;
		Set<String> seen = new HashSet<>();
		List<JsonNode> items = new ArrayList<>();
		String next = path + "?page=0&size=" + this.pageSize;
		while (next != null) {
			if (!seen.add(next) || seen.size() > maxPages) {
				throw new PullFailedException(PullFailureReason.PAGE_LOOP,
						path + " does not end: page " + seen.size() + " links to " + describe(next));
			}
			JsonNode page = parse(this.downloader.fetch(URI.create(base + next), null));
			JsonNode pageItems = page.get("items");
			if (pageItems == null || !pageItems.isArray()) {
				throw new PullFailedException(PullFailureReason.INVALID_SNAPSHOT, path + " page has no items array");
			}
			if (items.size() + pageItems.size() > this.maxItems) {
				throw new PullFailedException(PullFailureReason.TOO_MANY_PRODUCTS,
						path + " lists more than " + this.maxItems + " items");
			}
			pageItems.forEach(items::add);
			next = next(page.get("next"), path);
			if (next != null && pageItems.isEmpty()) {
				throw new PullFailedException(PullFailureReason.PAGE_LOOP, path + " has an empty page that links on");
			}
		}
		return items;
	}

	/** The next page's path, on the shop's own address and list, or null at the end. */
	private static String next(JsonNode link, String path) throws PullFailedException {
		if (link == null || link.isNull()) {
			return null;
		}
		if (!link.isString() || !link.stringValue().startsWith(path + "?") || link.stringValue().length() > 200
				|| !link.stringValue().chars().allMatch((c) -> c > 32 && c < 127)) {
			throw new PullFailedException(PullFailureReason.INVALID_SNAPSHOT,
					"next link " + describe(link.toString()) + " is not a page of " + path);
		}
		return link.stringValue();
	}

	private static JsonNode parse(Download download) throws PullFailedException {
		JsonNode root;
		try {
			root = JSON.readTree(download.body());
		}
		catch (JacksonException ex) {
			throw new PullFailedException(PullFailureReason.MALFORMED, "malformed JSON in a page", ex);
		}
		if (root == null || !root.isObject()) {
			throw new PullFailedException(PullFailureReason.MALFORMED, "page is not a JSON object");
		}
		return root;
	}

	private static String describe(String text) {
		String printable = text.codePoints()
			.limit(60)
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return '"' + printable + '"';
	}

}
