package dev.centraldistribution.distributor.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs many checkouts at once on a bounded pool: every task waits for one start signal,
 * so that the first wave hits the database together. Bounded in time: a deadlock or a
 * lost wake-up fails the test instead of hanging the build.
 */
final class ConcurrentCheckouts {

	static final int WORKERS = 32;

	private static final long TIME_LIMIT_SECONDS = 45;

	private ConcurrentCheckouts() {
	}

	static <T, R> List<R> run(List<T> inputs, Function<T, R> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<R>> futures = new ArrayList<>();
			for (T input : inputs) {
				Callable<R> callable = () -> {
					if (!start.await(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
						throw new IllegalStateException("Never started");
					}
					return task.apply(input);
				};
				futures.add(pool.submit(callable));
			}
			start.countDown();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
			List<R> results = new ArrayList<>();
			for (Future<R> future : futures) {
				results.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
