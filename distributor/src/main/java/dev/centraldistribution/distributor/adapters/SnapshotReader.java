package dev.centraldistribution.distributor.adapters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import tools.jackson.core.JacksonException;
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
		JsonNode root = parse(body);
		JsonNode version = root.get("schemaVersion");
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
				|| version.intValue() != OfferingsSnapshot.SCHEMA_VERSION) {
			throw new PullFailedException(PullFailureReason.UNSUPPORTED_SCHEMA, "unsupported schemaVersion "
					+ describe(version) + ", expected " + OfferingsSnapshot.SCHEMA_VERSION);
		}
		JsonNode code = root.get("manufacturerCode");
		if (code == null || !code.isString() || !manufacturerCode.equals(code.stringValue())) {
			throw new PullFailedException(PullFailureReason.WRONG_MANUFACTURER,
					"snapshot is for manufacturer " + describe(code) + ", expected " + manufacturerCode);
		}
		JsonNode products = root.get("products");
		if (products == null || !products.isArray()) {
			throw new PullFailedException(PullFailureReason.INVALID_SNAPSHOT, "snapshot has no products array");
		}
		if (products.size() > this.maxProducts) {
			throw new PullFailedException(PullFailureReason.TOO_MANY_PRODUCTS,
					"snapshot lists " + products.size() + " products, at most " + this.maxProducts + " accepted");
		}
		ReadSnapshot snapshot = readProducts(products);
		if (!products.isEmpty() && snapshot.accepted().isEmpty()) {
			throw new PullFailedException(PullFailureReason.NO_VALID_PRODUCTS, "all " + products.size()
					+ " products rejected, first because of " + snapshot.rejected().get(0).reason().tag());
		}
		return snapshot;
	}

	private static JsonNode parse(byte[] body) throws PullFailedException {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			// The parser's own message may quote the body; say where, not what.
			TokenStreamLocation location = ex.getLocation();
			String where = (location != null)
					? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
			throw new PullFailedException(PullFailureReason.MALFORMED, "malformed JSON" + where, ex);
		}
		if (root == null || !root.isObject()) {
			throw new PullFailedException(PullFailureReason.MALFORMED, "body is not a JSON object");
		}
		return root;
	}

	private static ReadSnapshot readProducts(JsonNode products) {
		List<ProductRead> reads = new ArrayList<>(products.size());
		for (JsonNode entry : products) {
			reads.add(ProductReader.read(entry));
		}
		return unique(reads);
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
