package dev.centraldistribution.distributor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same work on many threads released at the same moment, for tests of what must
 * hold however requests race.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/**
	 * Runs {@code work} on {@code threads} threads at once.
	 * @return what each run returned or threw, in no particular order
	 */
	public static <T> List<Outcome<T>> run(int threads, Callable<T> work) throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<Outcome<T>> outcomes = new ArrayList<>();
			for (Future<T> future : futures) {
				outcomes.add(Outcome.of(future));
			}
			return outcomes;
		}
		finally {
			executor.shutdown();
			executor.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	/**
	 * What one run returned, or the exception it threw.
	 *
	 * @param value the result, {@code null} when it threw
	 * @param failure the exception, {@code null} when it returned
	 */
	public record Outcome<T>(T value, Throwable failure) {

		static <T> Outcome<T> of(Future<T> future) throws InterruptedException {
			try {
				return new Outcome<>(future.get(), null);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				return new Outcome<>(null, ex.getCause());
			}
		}

		public boolean failed() {
			return this.failure != null;
		}

	}

}
