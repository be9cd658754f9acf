package dev.centraldistribution.distributor.adapters;

import java.util.List;
import java.util.Locale;

import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a shop's status of one of its orders ({@code {"reference", "status", "shipment":
 * {"carrier", "trackingNumber"}}}) into our reports, refusing what is not a status of the
 * order asked after.
 */
@Component
class ShopOrderStatusReader {

	/** As long as the native contract lets a carrier or tracking number be. */
	static final int MAX_SHIPMENT_TEXT = 60;

	private final JsonMapper json;

	ShopOrderStatusReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Reads a status.
	 * @param shopCode the shop that answered
	 * @param subOrderId the sub-order asked after, the order's reference at the shop
	 * @param body its answer
	 * @return the reports it makes, or why it was refused
	 */
	Read read(String shopCode, long subOrderId, String body) {
		JsonNode status;
		try {
			status = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return new Refused("not JSON");
		}
		if (status == null || !status.isObject()) {
			return new Refused("not a JSON object");
		}
		JsonNode reference = status.path("reference");
		if (!reference.isString() || !String.valueOf(subOrderId).equals(reference.stringValue())) {
			return new Refused("the status of another order");
		}
		String said = status.path("status").isString() ? status.path("status").stringValue() : "";
		return switch (said) {
			case "accepted", "rejected" -> new Reports(List.of());
			case "cancelled" -> new Reports(List.of(report(shopCode, subOrderId, Report.CANCELLED, null, null)));
			case "shipped", "delivered" -> shipped(shopCode, subOrderId, said, status.path("shipment"));
			default -> new Refused("unknown status " + printable(said));
		};
	}

	private Read shipped(String shopCode, long subOrderId, String said, JsonNode shipment) {
		String carrier = text(shipment.path("carrier"));
		String trackingNumber = text(shipment.path("trackingNumber"));
		if (carrier == null || trackingNumber == null) {
			return new Refused(said + " without a carrier and tracking number of 1 to " + MAX_SHIPMENT_TEXT
					+ " printable characters");
		}
		SubOrderReported shipped = report(shopCode, subOrderId, Report.SHIPPED, carrier, trackingNumber);
		return new Reports("shipped".equals(said) ? List.of(shipped)
				: List.of(shipped, report(shopCode, subOrderId, Report.DELIVERED, null, null)));
	}

	/**
	 * One step of one sub-order: the same message id each time it is read, so that it is
	 * applied once.
	 */
	private static SubOrderReported report(String shopCode, long subOrderId, Report report, String carrier,
			String trackingNumber) {
		String messageId = "shop-" + report.name().toLowerCase(Locale.ROOT) + "-" + shopCode + "-" + subOrderId;
		return new SubOrderReported(messageId, subOrderId, shopCode, report, carrier, trackingNumber);
	}

	private static String text(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		String text = node.stringValue().strip();
		boolean printable = text.codePoints().noneMatch(Character::isISOControl);
		return (!text.isEmpty() && text.length() <= MAX_SHIPMENT_TEXT && printable) ? text : null;
	}

	private static String printable(String text) {
		String shown = text.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (shown.length() > 40) ? shown.substring(0, 40) + "…" : shown;
	}

	/** What a status read made. */
	sealed interface Read {

	}

	/** The reports of the steps the shop said were taken, in order. */
	record Reports(List<SubOrderReported> reports) implements Read {

	}

	/** Not a status of the order asked after. */
	record Refused(String reason) implements Read {

	}

}
