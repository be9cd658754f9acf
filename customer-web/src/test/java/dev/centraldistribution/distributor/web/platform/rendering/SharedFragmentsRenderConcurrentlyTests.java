package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.CatalogQuery;
import dev.centraldistribution.distributor.catalog.CatalogSort;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads render the dashboard's product cards at once, each a page the cache has
 * not seen: every render completes and shows its own page. (With one evaluation context
 * shared by all renders, most threads here failed, and 4 of 900 concurrent dashboards
 * answered 500.)
 */
@SpringBootTest
class SharedFragmentsRenderConcurrentlyTests {

	static final int THREADS = 8;

	static final int RENDERS_PER_THREAD = 60;

	static final int AVAILABLE = 50;

	@Autowired
	SharedFragments fragments;

	@Autowired
	OfferingCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConcurrentRenderCompletesAndShowsItsOwnPage() throws Exception {
		CatalogPage page = aPageWithUnreachableOfferingsAndPrices();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			int firstLimit = 1 + thread * RENDERS_PER_THREAD;
			results.add(threads.submit(() -> {
				start.await();
				return wrongRenders(page, firstLimit);
			}));
		}

		start.countDown();
		List<String> wrong = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		for (Future<List<String>> result : results) {
			try {
				wrong.addAll(result.get(5, TimeUnit.MINUTES));
			}
			catch (ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
		threads.shutdownNow();

		assertThat(failures).isEmpty();
		assertThat(wrong).isEmpty();
	}

	/**
	 * Renders with limits firstLimit, firstLimit + 1, ...: a page of its own each time.
	 */
	private List<String> wrongRenders(CatalogPage page, int firstLimit) {
		List<String> wrong = new ArrayList<>();
		for (int limit = firstLimit; limit < firstLimit + RENDERS_PER_THREAD; limit++) {
			String html = this.fragments
				.render("dashboard/cards", List.of("cards"), Map.of("page", page, "maxQuantityPerLine", limit))
				.get("cards");
			if (!html.contains("max=\"" + Math.min(limit, AVAILABLE) + "\"") || !html.contains("€10.09")
					|| !html.contains("Not answering since")) {
				wrong.add(html);
			}
		}
		return wrong;
	}

	/**
	 * Ten products from two manufacturers, one not answering: every expression the cards
	 * have.
	 */
	private CatalogPage aPageWithUnreachableOfferingsAndPrices() {
		OfferingFixtures fixtures = new OfferingFixtures(this.jdbc);
		long acme = fixtures.manufacturer("acme", "Acme Tools");
		long globex = fixtures.manufacturer("globex", "Globex Hardware");
		String search = fixtures.sku("product");
		for (int i = 0; i < 10; i++) {
			fixtures.offering(acme, fixtures.sku("p" + i), search + " " + i, 1_000 + i, AVAILABLE);
			fixtures.offering(globex, fixtures.sku("p" + i), search + " " + i, 2_000 + i, AVAILABLE);
		}
		fixtures.state(globex, ManufacturerState.SUSPECT);
		CatalogPage page = this.catalog.browse(new CatalogQuery(search, CatalogSort.NAME, 0, 20));
		assertThat(page.products()).hasSize(10);
		return page;
	}

}
