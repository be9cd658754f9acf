package dev.centraldistribution.distributor.adapters;

import java.util.List;

import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.adapters.ShopOrderStatusReader.Refused;
import dev.centraldistribution.distributor.adapters.ShopOrderStatusReader.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's status of one of its orders becomes our reports, one stable message id per
 * sub-order and step; what is not a status of the order asked after is refused.
 */
class ShopOrderStatusReaderTests {

	private final ShopOrderStatusReader reader = new ShopOrderStatusReader(JsonMapper.builder().build());

	@Test
	void aShipmentIsReportedWithItsCarrierAndTrackingNumber() {
		assertThat(
				read("""
						{"reference": "42", "status": "shipped", "shipment": {"carrier": "Parcelways", "trackingNumber": "PW-1"}}"""))
			.isEqualTo(new Reports(List.of(new SubOrderReported("shop-shipped-corner-42", 42, "corner", Report.SHIPPED,
					"Parcelways", "PW-1"))));
	}

	@Test
	void aDeliveryIsReportedAfterItsShipmentWithTheSameIdsEachTime() {
		String delivered = """
				{"reference": "42", "status": "delivered", "shipment": {"carrier": "Parcelways", "trackingNumber": "PW-1"}}""";

		Reports reports = (Reports) read(delivered);

		assertThat(reports.reports()).extracting(SubOrderReported::report)
			.containsExactly(Report.SHIPPED, Report.DELIVERED);
		assertThat(reports.reports()).extracting(SubOrderReported::messageId)
			.containsExactly("shop-shipped-corner-42", "shop-delivered-corner-42");
		assertThat(read(delivered)).as("read again").isEqualTo(reports);
	}

	@Test
	void aCancellationIsReported() {
		assertThat(((Reports) read("{\"reference\": \"42\", \"status\": \"cancelled\"}")).reports())
			.extracting(SubOrderReported::report)
			.containsExactly(Report.CANCELLED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "accepted", "rejected" })
	void whatWasAnsweredInTheOrdersExchangeIsNotReportedAgain(String status) {
		assertThat(read("{\"reference\": \"42\", \"status\": \"" + status + "\"}")).isEqualTo(new Reports(List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<html>Oops</html>", "[]", "null", "{\"reference\": \"43\", \"status\": \"shipped\"}",
			"{\"reference\": 42, \"status\": \"cancelled\"}", "{\"status\": \"delivered\"}",
			"{\"reference\": \"42\", \"status\": \"teleported\"}", "{\"reference\": \"42\", \"status\": 7}",
			"{\"reference\": \"42\", \"status\": \"shipped\"}",
			"{\"reference\": \"42\", \"status\": \"shipped\", \"shipment\": {\"carrier\": \"\", \"trackingNumber\": \"PW\"}}",
			"{\"reference\": \"42\", \"status\": \"shipped\", \"shipment\": {\"carrier\": \"Parcel\\u0007ways\", \"trackingNumber\": \"PW\"}}",
			"{\"reference\": \"42\", \"status\": \"delivered\", \"shipment\": {\"carrier\": \"P\", \"trackingNumber\": \"0123456789012345678901234567890123456789012345678901234567890\"}}" })
	void whatIsNotAStatusOfTheOrderAskedAfterIsRefused(String answer) {
		assertThat(read(answer)).isInstanceOf(Refused.class);
	}

	private ShopOrderStatusReader.Read read(String body) {
		return this.reader.read("corner", 42, body);
	}

}
