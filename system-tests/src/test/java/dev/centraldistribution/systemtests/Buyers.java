package dev.centraldistribution.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Customers who buy as fast as the shop lets them until stopped: each fills a cart with
 * one to three offerings that still have stock (any manufacturer), checks out, and after
 * a shortage lowers the cart to what is left, as the shop offers.
 */
final class Buyers {

	/** How long {@link #buyAtLeast} goes on for the orders a drill needs. */
	static final Duration ENOUGH_ORDERS_AT_MOST = Duration.ofMinutes(3);

	private final List<ShopCustomer> customers = new ArrayList<>();

	private final DrillQueries database;

	private final AtomicBoolean buying = new AtomicBoolean();

	private final Set<Long> orders = ConcurrentHashMap.newKeySet();

	private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

	private final Map<String, Long> placedTokens = new ConcurrentHashMap<>();

	private final AtomicInteger shortages = new AtomicInteger();

	private final AtomicInteger emptyCarts = new AtomicInteger();

	private final List<Failure> failures = new CopyOnWriteArrayList<>();

	private ExecutorService threads;

	private volatile String onlyFrom;

	Buyers(URI shop, DrillQueries database, int count) {
		this.database = database;
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < count; i++) {
			this.customers.add(new ShopCustomer(shop, "buyer-" + run + "-" + i + "@drill.example").signUpWithCard());
		}
	}

	/** From now on buys only offerings of this manufacturer. */
	Buyers onlyFrom(String manufacturerCode) {
		this.onlyFrom = manufacturerCode;
		return this;
	}

	Buyers start() {
		this.buying.set(true);
		this.threads = Executors.newFixedThreadPool(this.customers.size());
		this.customers.forEach(customer -> this.threads.execute(() -> buyUntilStopped(customer)));
		return this;
	}

	/** Lets every customer finish the checkout under way, then reports. */
	Result stop() {
		this.buying.set(false);
		this.threads.shutdown();
		try {
			if (!this.threads.awaitTermination(2, TimeUnit.MINUTES)) {
				throw new IllegalStateException("Buyers did not finish their checkouts within 2 minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Result result = new Result(Set.copyOf(this.orders), this.shortages.get(), this.emptyCarts.get(),
				List.copyOf(this.failures));
		System.out.println("[drill] " + this.customers.size() + " buyers: " + result);
		result.failures().forEach(failure -> System.out.println("[drill]   " + failure));
		return result;
	}

	/**
	 * Stops customers still buying, for a drill that failed before its own
	 * {@link #stop()}; does nothing if they were never started or are stopped.
	 */
	void stopIfBuying() {
		if (this.threads != null && this.buying.get()) {
			stop();
		}
	}

	Result buyFor(Duration duration) {
		start();
		AppProcess.sleep(duration);
		return stop();
	}

	/**
	 * Buys for at least this long and until more than {@code orders} orders are placed,
	 * then stops: on a saturated machine checkouts are slower, so a drill that needs a
	 * number of orders waits for them instead of a fixed time. Stops after
	 * {@link #ENOUGH_ORDERS_AT_MOST} even without them; the drill's own assertion on the
	 * count then fails.
	 */
	Result buyAtLeast(Duration duration, int orders) {
		start();
		Instant began = Instant.now();
		AppProcess.sleep(duration);
		while (ordersSoFar() <= orders && Duration.between(began, Instant.now()).compareTo(ENOUGH_ORDERS_AT_MOST) < 0) {
			AppProcess.sleep(Duration.ofMillis(500));
		}
		return stop();
	}

	int ordersSoFar() {
		return this.orders.size();
	}

	/** The checkout token of every checkout form the shop answered, used or not. */
	Set<String> issuedTokens() {
		return Set.copyOf(this.issuedTokens);
	}

	/** The order each checkout token placed, as the shop answered the customer. */
	Map<String, Long> placedTokens() {
		return Map.copyOf(this.placedTokens);
	}

	List<String> emails() {
		return this.customers.stream().map(ShopCustomer::email).toList();
	}

	private void buyUntilStopped(ShopCustomer customer) {
		while (this.buying.get()) {
			try {
				buyOnce(customer);
			}
			catch (RuntimeException ex) {
				this.failures.add(new Failure(Instant.now(), customer.email(), String.valueOf(ex.getMessage())));
				AppProcess.sleep(Duration.ofMillis(200));
			}
		}
	}

	private void buyOnce(ShopCustomer customer) {
		String manufacturer = this.onlyFrom;
		List<Long> inStock = (manufacturer == null)
				? this.database.query("select id from distributor.offering where available >= 3 and on_sale",
						row -> row.getLong(1))
				: this.database.query(
						"""
								select o.id from distributor.offering o join distributor.manufacturer m on m.id = o.manufacturer_id
								where o.available >= 3 and o.on_sale and m.code = ?""",
						row -> row.getLong(1), manufacturer);
		if (inStock.isEmpty()) {
			AppProcess.sleep(Duration.ofMillis(500));
			return;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int lines = 1 + random.nextInt(3);
		for (int i = 0; i < lines; i++) {
			customer.addToCart(inStock.get(random.nextInt(inStock.size())), 1 + random.nextInt(2));
		}
		HttpResponse<String> form = customer.get("/checkout");
		if (form.statusCode() == 302 && form.headers().firstValue("Location").orElse("").endsWith("/cart")) {
			// Every line was refused (sold out since the offering was picked): the shop
			// sends
			// the customer back to the empty cart, as it should.
			this.emptyCarts.incrementAndGet();
			return;
		}
		Optional<Long> order = checkOut(customer, form);
		if (order.isPresent()) {
			this.orders.add(order.get());
		}
		else {
			this.shortages.incrementAndGet();
			customer.fitCartToStock();
		}
	}

	/**
	 * Confirms the checkout; when the answer is lost (an instance died with the request),
	 * confirms the same form again, as a person would press the button again: the token
	 * makes a repeat return the order already placed.
	 */
	private Optional<Long> checkOut(ShopCustomer customer, HttpResponse<String> form) {
		String csrf = ShopCustomer.csrfOf(form);
		String token = ShopCustomer.tokenOf(form);
		this.issuedTokens.add(token);
		for (int attempt = 1;; attempt++) {
			try {
				Optional<Long> order = customer.confirmCheckout(csrf, token);
				order.ifPresent(placed -> this.placedTokens.put(token, placed));
				return order;
			}
			catch (ShopCustomer.UnexpectedAnswer ex) {
				this.failures.add(new Failure(Instant.now(), customer.email(),
						"checkout attempt " + attempt + ": " + ex.getMessage()));
				if (attempt == 3) {
					throw ex;
				}
				AppProcess.sleep(Duration.ofMillis(500));
			}
		}
	}

	record Result(Set<Long> orders, int shortages, int emptyCarts, List<Failure> failures) {

		@Override
		public String toString() {
			return this.orders.size() + " orders, " + this.shortages + " shortages, " + this.emptyCarts
					+ " carts emptied by sold-out offerings, " + this.failures.size() + " failures"
					+ (this.failures.isEmpty() ? "" : ", first: " + this.failures.get(0));
		}

	}

	record Failure(Instant at, String customer, String message) {

	}

}
