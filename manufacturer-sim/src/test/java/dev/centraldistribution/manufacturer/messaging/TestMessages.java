package dev.centraldistribution.manufacturer.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.PurchaseConfirmation.Line;
import dev.centraldistribution.manufacturer.TestCatalogue.TestProduct;

/**
 * The distributor's messages as tests need them: valid, with fresh ids.
 */
final class TestMessages {

	private TestMessages() {
	}

	static PurchaseConfirmation confirmation(String manufacturerCode, Line... lines) {
		long orderId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		return new PurchaseConfirmation(UUID.randomUUID().toString(), PurchaseConfirmation.SCHEMA_VERSION,
				Instant.now(), manufacturerCode, orderId, orderId + 1, List.of(lines));
	}

	static Line line(TestProduct product, long quantity) {
		return new Line(product.sku(), quantity, product.unitPriceCents());
	}

	static CycleSummary cycleSummary(String manufacturerCode, long cycleNumber, CycleSummary.ProductSales... sales) {
		Instant closedAt = Instant.now();
		return new CycleSummary(UUID.randomUUID().toString(), CycleSummary.SCHEMA_VERSION, closedAt, manufacturerCode,
				cycleNumber, closedAt.minusSeconds(600), closedAt, List.of(sales));
	}

}
