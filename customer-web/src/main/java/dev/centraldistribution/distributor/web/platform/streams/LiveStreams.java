package dev.centraldistribution.distributor.web.platform.streams;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streams of one kind open on this instance, each following something (a customer's
 * orders, say; where every stream follows the same things, the key is only who asked):
 * passes updates on to every stream or to the streams following one key, sends
 * heartbeats, refuses streams past the configured numbers (for the instance, and for one
 * session or one client address, so that one customer cannot hold them all), and ends
 * them all when asked, as the instance shuts down, so that graceful shutdown does not
 * wait for them and browsers reconnect to another instance. Publishes a gauge of the open
 * streams.
 *
 * @param <K> what a stream follows
 * @param <U> one update
 */
public final class LiveStreams<K, U> implements AutoCloseable {

	private final LiveStreamSettings settings;

	private final Supplier<Mailbox<U>> mailboxes;

	/** Every open stream, with what it follows and who holds it. */
	private final Map<LiveStream<U>, Holder<K>> holders = new ConcurrentHashMap<>();

	/** Open streams by what they follow. */
	private final Map<K, Set<LiveStream<U>>> byKey = new ConcurrentHashMap<>();

	/** Open streams per session and per client address (guarded by this). */
	private final Map<String, Integer> perSession = new HashMap<>();

	private final Map<String, Integer> perAddress = new HashMap<>();

	private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();

	private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

	/**
	 * Starts the sender threads and the heartbeat, and registers the gauge.
	 * @param kind names the threads, such as {@code dashboard}
	 * @param settings limits, heartbeat, timeouts
	 * @param mailboxes a new, empty mailbox for each stream
	 * @param meters where the gauge goes
	 * @param gauge the gauge's name
	 * @param description the gauge's description
	 */
	public LiveStreams(String kind, LiveStreamSettings settings, Supplier<Mailbox<U>> mailboxes, MeterRegistry meters,
			String gauge, String description) {
		this.settings = settings;
		this.mailboxes = mailboxes;
		this.senders.setCorePoolSize(settings.senderThreads());
		this.senders.setThreadNamePrefix(kind + "-stream-");
		this.senders.setDaemon(true);
		this.senders.initialize();
		this.heartbeats.setThreadNamePrefix(kind + "-heartbeat-");
		this.heartbeats.setDaemon(true);
		this.heartbeats.initialize();
		this.heartbeats.scheduleAtFixedRate(this::heartbeat, Instant.now().plus(settings.heartbeat()),
				settings.heartbeat());
		Gauge.builder(gauge, this.holders, Map::size).description(description).register(meters);
	}

	/**
	 * Opens a stream, unless this instance, the session or the client address already
	 * hold as many as they may.
	 * @param key what the stream follows
	 * @param session the session asking (or the customer, when there is no session)
	 * @param address the client's address
	 * @return the stream, or why it was refused
	 */
	public synchronized Subscription subscribe(K key, String session, String address) {
		if (this.holders.size() >= this.settings.maxSubscribers()) {
			return Subscription.INSTANCE_FULL;
		}
		if (this.perSession.getOrDefault(session, 0) >= this.settings.maxSubscribersPerSession()
				|| this.perAddress.getOrDefault(address, 0) >= this.settings.maxSubscribersPerAddress()) {
			return Subscription.TOO_MANY_FOR_CLIENT;
		}
		SseEmitter emitter = new SseEmitter(this.settings.timeout().toMillis());
		LiveStream<U> stream = new LiveStream<>(emitter, this.mailboxes.get(), this.senders, this::remove);
		this.holders.put(stream, new Holder<>(key, session, address));
		this.byKey.computeIfAbsent(key, (following) -> ConcurrentHashMap.newKeySet()).add(stream);
		this.perSession.merge(session, 1, Integer::sum);
		this.perAddress.merge(address, 1, Integer::sum);
		emitter.onTimeout(stream::complete);
		emitter.onCompletion(() -> remove(stream));
		emitter.onError((ex) -> remove(stream));
		try {
			// Sent as soon as the response starts: tells the browser how soon to
			// reconnect, and opens the stream through proxies right away.
			emitter.send(SseEmitter.event().reconnectTime(this.settings.reconnectDelay().toMillis()).comment("open"));
		}
		catch (IOException ex) {
			remove(stream);
			emitter.completeWithError(ex);
		}
		return new Subscription(emitter);
	}

	/** Forgets a stream, once however many of its callbacks report it gone. */
	private synchronized void remove(LiveStream<U> stream) {
		Holder<K> holder = this.holders.remove(stream);
		if (holder != null) {
			this.byKey.computeIfPresent(holder.key(), (key, open) -> {
				open.remove(stream);
				return open.isEmpty() ? null : open;
			});
			this.perSession.computeIfPresent(holder.session(), (key, open) -> (open > 1) ? open - 1 : null);
			this.perAddress.computeIfPresent(holder.address(), (key, open) -> (open > 1) ? open - 1 : null);
		}
	}

	/** The streams open. */
	public int count() {
		return this.holders.size();
	}

	/** Whether no stream is open, to skip preparing an update nobody would get. */
	public boolean isEmpty() {
		return this.holders.isEmpty();
	}

	/** Passes an update on to every open stream. */
	public void offerToAll(U update) {
		List.copyOf(this.holders.keySet()).forEach((stream) -> stream.offer(update));
	}

	/** Passes an update on to the streams that follow one key, and to no other. */
	public void offerTo(K key, U update) {
		Set<LiveStream<U>> streams = this.byKey.get(key);
		if (streams != null) {
			List.copyOf(streams).forEach((stream) -> stream.offer(update));
		}
	}

	/** Ends every open stream; the browsers reconnect. */
	public void endAll() {
		List.copyOf(this.holders.keySet()).forEach(LiveStream::complete);
	}

	private void heartbeat() {
		this.holders.keySet().forEach(LiveStream::heartbeat);
	}

	@Override
	public void close() {
		this.heartbeats.shutdown();
		this.senders.shutdown();
	}

	/**
	 * What a stream follows, and who holds it.
	 *
	 * @param key what it follows
	 * @param session the session (or customer)
	 * @param address the client's address
	 */
	private record Holder<K>(K key, String session, String address) {
	}

}
