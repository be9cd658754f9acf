package dev.centraldistribution.distributor.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import dev.centraldistribution.distributor.manufacturers.Manufacturer;

/**
 * One lane per manufacturer: at most one pull of a manufacturer runs at a time on this
 * instance, while pulls of different manufacturers run side by side and never wait for
 * each other. Two pulls of one manufacturer at once would fetch and parse its snapshot
 * twice, and the second would wait on the first's row locks anyway.
 */
final class PullLanes {

	private final Executor executor;

	private final Function<Manufacturer, ManufacturerPull> puller;

	/** The last pull started or queued per manufacturer code, until it ends. */
	private final Map<String, CompletableFuture<ManufacturerPull>> latest = new HashMap<>();

	PullLanes(Executor executor, Function<Manufacturer, ManufacturerPull> puller) {
		this.executor = executor;
		this.puller = puller;
	}

	/**
	 * A pull of the manufacturer that starts once the one running (if any) has ended:
	 * what it applies is no older than this call.
	 * @param manufacturer whom to pull
	 * @return the pull's outcome, when it ends
	 */
	CompletableFuture<ManufacturerPull> pullAnew(Manufacturer manufacturer) {
		synchronized (this.latest) {
			CompletableFuture<ManufacturerPull> running = this.latest.get(manufacturer.code());
			CompletableFuture<ManufacturerPull> pull = (running != null)
					? running.handle((outcome, failure) -> manufacturer).thenApplyAsync(this.puller, this.executor)
					: start(manufacturer);
			return track(manufacturer.code(), pull);
		}
	}

	/**
	 * The pull of the manufacturer that is running or queued, or a new one when there is
	 * none.
	 * @param manufacturer whom to pull
	 * @return the pull's outcome, when it ends
	 */
	CompletableFuture<ManufacturerPull> pullUnlessRunning(Manufacturer manufacturer) {
		synchronized (this.latest) {
			CompletableFuture<ManufacturerPull> running = this.latest.get(manufacturer.code());
			return (running != null) ? running : track(manufacturer.code(), start(manufacturer));
		}
	}

	private CompletableFuture<ManufacturerPull> start(Manufacturer manufacturer) {
		try {
			return CompletableFuture.supplyAsync(() -> this.puller.apply(manufacturer), this.executor);
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private CompletableFuture<ManufacturerPull> track(String code, CompletableFuture<ManufacturerPull> pull) {
		this.latest.put(code, pull);
		// Runs at once, under this lock (re-entered), when the pull has already ended.
		pull.whenComplete((outcome, failure) -> {
			synchronized (this.latest) {
				this.latest.remove(code, pull);
			}
		});
		return pull;
	}

}
