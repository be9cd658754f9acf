package dev.centraldistribution.distributor.adapters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a manufacturer's {@code GET /api/offerings} body, trusting nothing in it.
 * <p>
 * The whole snapshot is rejected (the catalog keeps its previous offerings, the
 * manufacturer turns unhealthy) when it cannot be what was asked for: not a JSON object,
 * duplicate keys, another schema version, another manufacturer's code, no products array,
 * more than {@code max-products} entries (a truncated list would withdraw the rest), or
 * products listed but none valid (a contract mismatch rather than bad luck).
 * <p>
 * Otherwise each product stands alone: an invalid one is rejected, which withdraws its
 * offering like a product the snapshot no longer lists, since what we cannot read we
 * cannot sell; the valid ones are applied. Entries sharing a sku are all rejected, valid
 * or not: there is no telling which one is right. The snapshot's own name and location
 * are ignored: the configuration says who the manufacturer is.
 */
final class SnapshotReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final int maxProducts;

	SnapshotReader(int maxProducts) {
		this.maxProducts = maxProducts;
	}

	ReadSnapshot read(String manufacturerCode, byte[] body) throws PullFailedException {
		Streamed streamed = stream(body);
		JsonNode version = streamed.version();
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
				|| version.intValue() != OfferingsSnapshot.SCHEMA_VERSION) {
			throw new PullFailedException(PullFailureReason.UNSUPPORTED_SCHEMA, "unsupported schemaVersion "
					+ describe(version) + ", expected " + OfferingsSnapshot.SCHEMA_VERSION);
		}
		JsonNode code = streamed.code();
		if (code == null || !code.isString() || !manufacturerCode.equals(code.stringValue())) {
			throw new PullFailedException(PullFailureReason.WRONG_MANUFACTURER,
					"snapshot is for manufacturer " + describe(code) + ", expected " + manufacturerCode);
		}
		if (streamed.reads() == null) {
			throw new PullFailedException(PullFailureReason.INVALID_SNAPSHOT, "snapshot has no products array");
		}
		if (streamed.listed() > this.maxProducts) {
			throw new PullFailedException(PullFailureReason.TOO_MANY_PRODUCTS,
					"snapshot lists " + streamed.listed() + " products, at most " + this.maxProducts + " accepted");
		}
		ReadSnapshot snapshot = unique(streamed.reads());
		if (streamed.listed() > 0 && snapshot.accepted().isEmpty()) {
			throw new PullFailedException(PullFailureReason.NO_VALID_PRODUCTS, "all " + streamed.listed()
					+ " products rejected, first because of " + snapshot.rejected().get(0).reason().tag());
		}
		return snapshot;
	}

	/**
	 * The body as read in one pass of the streaming parser (issue #19: no tree of the
	 * whole snapshot): the two fields checked, each product entry read as it comes.
	 *
	 * @param version the {@code schemaVersion} value, {@code null} when missing
	 * @param code the {@code manufacturerCode} value, {@code null} when missing
	 * @param reads the entries as read (up to the limit), {@code null} when there is no
	 * products array
	 * @param listed the number of entries in the products array
	 */
	private record Streamed(JsonNode version, JsonNode code, List<ProductRead> reads, int listed) {
	}

	/**
	 * Reads the whole body, so that malformed JSON anywhere (duplicate keys included) is
	 * refused before any check of its content, as a whole tree's reading did; entries
	 * past the limit are parsed but not kept.
	 */
	private Streamed stream(byte[] body) throws PullFailedException {
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				// Not an object: the tree says whether it is malformed or something else.
				parse(body);
				throw new PullFailedException(PullFailureReason.MALFORMED, "body is not a JSON object");
			}
			JsonNode version = null;
			JsonNode code = null;
			List<ProductRead> reads = null;
			int listed = 0;
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if ("products".equals(name) && token == JsonToken.START_ARRAY) {
					reads = new ArrayList<>();
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						if (++listed <= this.maxProducts) {
							reads.add(ProductReader.read(parser));
						}
						else {
							parser.skipChildren();
						}
					}
				}
				else if ("schemaVersion".equals(name)) {
					version = parser.readValueAsTree();
				}
				else if ("manufacturerCode".equals(name)) {
					code = parser.readValueAsTree();
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw new PullFailedException(PullFailureReason.MALFORMED,
						"malformed JSON" + where(parser.currentLocation()) + ": trailing content");
			}
			return new Streamed(version, code, reads, listed);
		}
		catch (JacksonException ex) {
			// The parser's own message may quote the body; say where, not what.
			throw new PullFailedException(PullFailureReason.MALFORMED, "malformed JSON" + where(ex.getLocation()), ex);
		}
	}

	private static String where(TokenStreamLocation location) {
		return (location != null) ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
	}

	private static JsonNode parse(byte[] body) throws PullFailedException {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			// The parser's own message may quote the body; say where, not what.
			throw new PullFailedException(PullFailureReason.MALFORMED, "malformed JSON" + where(ex.getLocation()), ex);
		}
		if (root == null || !root.isObject()) {
			throw new PullFailedException(PullFailureReason.MALFORMED, "body is not a JSON object");
		}
		return root;
	}

	/**
	 * Splits products as read into those to apply and those rejected, rejecting every
	 * entry of a sku sent more than once, valid or not: there is no telling which one is
	 * right.
	 * @param reads every entry as read
	 * @return the snapshot
	 */
	static ReadSnapshot unique(List<ProductRead> reads) {
		List<ProductOffering> accepted = new ArrayList<>(reads.size());
		List<ProductRead.Rejected> rejected = new ArrayList<>();
		Map<String, Integer> skuCounts = new HashMap<>();
		for (ProductRead read : reads) {
			if (read instanceof ProductRead.Accepted ok) {
				accepted.add(ok.product());
				skuCounts.merge(ok.product().sku(), 1, Integer::sum);
			}
			else {
				ProductRead.Rejected rejection = (ProductRead.Rejected) read;
				rejected.add(rejection);
				if (rejection.skuHint() != null) {
					skuCounts.merge(rejection.skuHint(), 1, Integer::sum);
				}
			}
		}
		List<ProductOffering> unique = new ArrayList<>(accepted.size());
		for (ProductOffering product : accepted) {
			if (skuCounts.get(product.sku()) > 1) {
				rejected.add(new ProductRead.Rejected(product.sku(), RejectionReason.DUPLICATE_SKU));
			}
			else {
				unique.add(product);
			}
		}
		return new ReadSnapshot(List.copyOf(unique), List.copyOf(rejected));
	}

	private static String describe(JsonNode node) {
		if (node == null || node.isNull()) {
			return "(missing)";
		}
		String text = node.isString() ? '"' + node.stringValue() + '"' : node.toString();
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
