package dev.centraldistribution.manufacturer.production;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.TestCatalogue.SAW;
import static dev.centraldistribution.manufacturer.TestCatalogue.SCREWS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production ticks run in several threads while the offerings endpoint is read: no tick
 * is lost, and every snapshot shows whole ticks (all products of one tick or none).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentProductionAndReadsTests {

	private static final int WRITERS = 4;

	private static final int TICKS_PER_WRITER = 25;

	private static final int READERS = 2;

	@Autowired
	ProduceStock produceStock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@LocalServerPort
	int port;

	@Test
	void concurrentTicksAreNeverLostAndEveryReadSeesWholeTicks() throws Exception {
		TestCatalogue.setStock(this.jdbc, 0);
		Queue<String> inconsistencies = new ConcurrentLinkedQueue<>();
		AtomicInteger reads = new AtomicInteger();
		AtomicBoolean producing = new AtomicBoolean(true);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				writers.add(pool.submit(writer(start)));
			}
			List<Future<?>> readers = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				readers.add(pool.submit(reader(start, producing, reads, inconsistencies)));
			}
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get(2, TimeUnit.MINUTES);
			}
			producing.set(false);
			for (Future<?> reader : readers) {
				reader.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		long ticks = WRITERS * TICKS_PER_WRITER;
		assertThat(inconsistencies).isEmpty();
		assertThat(reads).hasPositiveValue();
		assertThat(TestCatalogue.available(this.jdbc, SCREWS)).isEqualTo(SCREWS.afterTicksFromZero(ticks));
		assertThat(TestCatalogue.available(this.jdbc, DRILL)).isEqualTo(DRILL.cap());
		assertThat(TestCatalogue.available(this.jdbc, SAW)).isEqualTo(SAW.cap());
	}

	private Callable<Void> writer(CountDownLatch start) {
		return () -> {
			start.await();
			for (int i = 0; i < TICKS_PER_WRITER; i++) {
				this.produceStock.tick();
			}
			return null;
		};
	}

	private Callable<Void> reader(CountDownLatch start, AtomicBoolean producing, AtomicInteger reads,
			Queue<String> inconsistencies) {
		return () -> {
			start.await();
			Map<String, Long> lastSeen = new HashMap<>();
			do {
				Map<String, Long> seen = read();
				reads.incrementAndGet();
				long screws = seen.get(SCREWS.sku());
				long ticks = screws / SCREWS.productionRate();
				if (screws % SCREWS.productionRate() != 0 || seen.get(DRILL.sku()) != DRILL.afterTicksFromZero(ticks)
						|| seen.get(SAW.sku()) != SAW.afterTicksFromZero(ticks)) {
					inconsistencies.add("not a whole tick: " + seen);
				}
				seen.forEach((sku, available) -> {
					if (available < lastSeen.getOrDefault(sku, 0L)) {
						inconsistencies.add(sku + " went back from " + lastSeen.get(sku) + " to " + available);
					}
				});
				lastSeen.putAll(seen);
			}
			while (producing.get());
			return null;
		};
	}

	private Map<String, Long> read() {
		var response = LocalHttp.get(this.port, OfferingsSnapshot.PATH);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Long> available = new HashMap<>();
		for (ProductOffering offering : this.jsonMapper.readValue(response.body(), OfferingsSnapshot.class)
			.products()) {
			if (TestCatalogue.PRODUCTS.stream().anyMatch((product) -> product.sku().equals(offering.sku()))) {
				available.put(offering.sku(), offering.available());
			}
		}
		return available;
	}

}
