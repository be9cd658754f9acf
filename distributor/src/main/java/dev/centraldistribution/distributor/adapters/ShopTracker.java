package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The {@code shop} adapter's answers that come on their own: a shop pushes nothing, so
 * its open sub-orders are asked after ({@code GET /shop/v1/orders/{reference}}, with the
 * tag of the status read last) and what it says is handed on as the native adapter hands
 * on its reports ({@link ShopOrderStatusReader}: one message id per sub-order and step,
 * so that the confirmations apply each step once however often it is read). The answer is
 * fetched within the request timeout and {@value #MAX_ANSWER_BYTES} bytes
 * ({@link SnapshotDownloader}); what is not a status of the order asked after is refused
 * with a warning; a shop that cannot be reached is left until the next run.
 */
@Component
@EnableConfigurationProperties(ShopAdapterProperties.class)
public class ShopTracker {

	private static final Logger logger = LoggerFactory.getLogger(ShopTracker.class);

	static final int MAX_ANSWER_BYTES = 16 * 1024;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	/** Tags kept at most: those of sub-orders still open, in practice. */
	private static final int MAX_TAGS = 50_000;

	private final ManufacturerDirectory manufacturers;

	private final ApplicationEventPublisher events;

	private final ShopOrderStatusReader reader;

	private final ShopAdapterProperties properties;

	private final SnapshotDownloader downloader;

	private final Map<Long, String> tags = new ConcurrentHashMap<>();

	ShopTracker(ManufacturerDirectory manufacturers, ApplicationEventPublisher events, ShopOrderStatusReader reader,
			ShopAdapterProperties properties) {
		this.manufacturers = manufacturers;
		this.events = events;
		this.reader = reader;
		this.properties = properties;
		this.downloader = new SnapshotDownloader(
				new PullLimits(CONNECT_TIMEOUT, properties.requestTimeout(), DataSize.ofBytes(MAX_ANSWER_BYTES), 1));
	}

	/**
	 * How often the shops' open sub-orders are asked after.
	 * @return {@code distributor.adapters.shop.tracking-interval}
	 */
	public Duration interval() {
		return this.properties.trackingInterval();
	}

	/**
	 * Asks every shop about its open sub-orders and hands on what changed.
	 * @param openSubOrders the sub-orders of a manufacturer that are accepted or shipped
	 * @return reports handed on
	 */
	public int trackOpenSubOrders(OpenSubOrdersOf openSubOrders) {
		int reported = 0;
		for (Manufacturer shop : this.manufacturers.all()) {
			if (shop.adapterKind() == AdapterKind.SHOP) {
				reported += track(shop, openSubOrders.of(shop.code()));
			}
		}
		if (this.tags.size() > MAX_TAGS) {
			this.tags.clear();
		}
		return reported;
	}

	/**
	 * Asks one shop about these sub-orders of its own, stopping at the first that finds
	 * it away (the next run asks again).
	 * @param shop the shop
	 * @param subOrderIds its sub-orders to ask after
	 * @return reports handed on
	 */
	int track(Manufacturer shop, List<Long> subOrderIds) {
		int reported = 0;
		for (long subOrderId : subOrderIds) {
			SnapshotDownloader.Download answer;
			try {
				answer = this.downloader.fetch(statusUri(shop, subOrderId), this.tags.get(subOrderId));
			}
			catch (PullFailedException ex) {
				if (ex.reason() == PullFailureReason.UNREACHABLE || ex.reason() == PullFailureReason.TIMEOUT
						|| ex.reason() == PullFailureReason.TRANSPORT) {
					logger.info("Shop {} could not be asked after sub-order {}, asked again next time: {}", shop.code(),
							subOrderId, ex.getMessage());
					return reported;
				}
				logger.warn("Shop {} status of sub-order {} refused: {}", shop.code(), subOrderId, ex.getMessage());
				continue;
			}
			if (!answer.notModified()) {
				reported += handOn(shop, subOrderId, answer);
			}
		}
		return reported;
	}

	private int handOn(Manufacturer shop, long subOrderId, SnapshotDownloader.Download answer) {
		ShopOrderStatusReader.Read read = this.reader.read(shop.code(), subOrderId,
				new String(answer.body(), StandardCharsets.UTF_8));
		if (read instanceof ShopOrderStatusReader.Refused refused) {
			logger.warn("Shop {} status of sub-order {} refused: {}", shop.code(), subOrderId, refused.reason());
			return 0;
		}
		List<SubOrderReported> reports = ((ShopOrderStatusReader.Reports) read).reports();
		// Applied synchronously by the confirmations, once by message id: an exception
		// leaves the tag as it was, so the next run reads the status again.
		reports.forEach(this.events::publishEvent);
		if (answer.tag() != null) {
			this.tags.put(subOrderId, answer.tag());
		}
		return reports.size();
	}

	private static URI statusUri(Manufacturer shop, long subOrderId) {
		String base = shop.baseUrl().toString().replaceAll("/+$", "");
		return URI.create(base + ShopCourier.ORDERS + "/" + subOrderId);
	}

	/** The sub-orders of a manufacturer that its shop may still ship or deliver. */
	@FunctionalInterface
	public interface OpenSubOrdersOf {

		/**
		 * The sub-orders to ask after.
		 * @param manufacturerCode the manufacturer
		 * @return its accepted and shipped sub-orders, oldest first
		 */
		List<Long> of(String manufacturerCode);

	}

}
