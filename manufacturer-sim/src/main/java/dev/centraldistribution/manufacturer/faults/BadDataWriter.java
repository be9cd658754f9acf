package dev.centraldistribution.manufacturer.faults;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.unit.DataSize;

/**
 * Spoils a serialized offerings snapshot in one of the {@link BadData} ways.
 */
class BadDataWriter {

	private static final String SCRIPT = "<script>alert('injected')</script>";

	private final JsonMapper jsonMapper;

	private final DataSize hugePayloadSize;

	BadDataWriter(JsonMapper jsonMapper, DataSize hugePayloadSize) {
		this.jsonMapper = jsonMapper;
		this.hugePayloadSize = hugePayloadSize;
	}

	byte[] spoil(BadData badData, byte[] snapshot) {
		return switch (badData) {
			case NONE -> snapshot;
			case BROKEN_JSON -> Arrays.copyOf(snapshot, snapshot.length / 2);
			default -> rewritten(badData, snapshot);
		};
	}

	private byte[] rewritten(BadData badData, byte[] snapshot) {
		ObjectNode root = (ObjectNode) this.jsonMapper.readTree(snapshot);
		rewrite(badData, root);
		return this.jsonMapper.writeValueAsBytes(root);
	}

	private void rewrite(BadData badData, ObjectNode root) {
		ArrayNode products = (ArrayNode) root.get("products");
		switch (badData) {
			case NEGATIVE_QUANTITIES -> products.values()
				.forEach(
						(product) -> ((ObjectNode) product).put("available", -(product.get("available").asLong() + 1)));
			case ABSURD_VALUES -> products.values()
				.forEach((product) -> ((ObjectNode) product).put("available", Long.MAX_VALUE)
					.put("unitPriceCents", Long.MAX_VALUE));
			case HTML_NAMES -> {
				root.put("manufacturerName", withMarkup(root.get("manufacturerName")));
				products.values()
					.forEach((product) -> ((ObjectNode) product).put("name", withMarkup(product.get("name"))));
			}
			case MISSING_FIELDS -> {
				root.remove("manufacturerCode");
				root.remove("takenAt");
				products.values().forEach((product) -> ((ObjectNode) product).remove(List.of("sku", "available")));
			}
			case HUGE_PAYLOAD -> appendFillers(products);
			default -> throw new IllegalArgumentException("Not a rewrite: " + badData);
		}
	}

	private static String withMarkup(JsonNode name) {
		return SCRIPT + name.asString() + "<img src=x onerror=alert('injected')>";
	}

	private void appendFillers(ArrayNode products) {
		// Fillers are all the same size, plus one byte for the comma between them.
		int fillerSize = this.jsonMapper.writeValueAsBytes(filler(this.jsonMapper.createArrayNode(), 0).get(0)).length
				+ 1;
		long count = this.hugePayloadSize.toBytes() / fillerSize + 1;
		for (int i = 1; i <= count; i++) {
			filler(products, i);
		}
	}

	private static ArrayNode filler(ArrayNode products, int number) {
		String id = String.format("%08d", number);
		products.addObject()
			.put("sku", "FILLER-" + id)
			.put("name", "Filler product " + id + " that nobody ordered")
			.put("unitPriceCents", 100)
			.put("currency", "EUR")
			.put("available", 1)
			.put("appliedTotal", 0);
		return products;
	}

}
