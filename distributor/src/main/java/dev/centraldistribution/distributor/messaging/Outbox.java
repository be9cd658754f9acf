package dev.centraldistribution.distributor.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes messages in the caller's transaction; the relay publishes them after commit. A
 * message is therefore sent if and only if the change that caused it committed.
 */
@Service
public class Outbox {

	private static final Logger logger = LoggerFactory.getLogger(Outbox.class);

	private final OutboxRepository repository;

	private final JsonMapper json;

	private final OutboxRelay relay;

	private final HeldDestinations held;

	private final Clock clock;

	Outbox(OutboxRepository repository, JsonMapper json, OutboxRelay relay, HeldDestinations held, Clock clock) {
		this.repository = repository;
		this.json = json;
		this.relay = relay;
		this.held = held;
		this.clock = clock;
	}

	/**
	 * Adds a message to the outbox, in the caller's transaction. One for an unlisted
	 * manufacturer is held ({@link HeldDestinations}).
	 * @param message the message; its id must be new
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(OutgoingMessage message) {
		boolean held = this.held.isHeld(message.exchange(), message.routingKey());
		this.repository.insert(message, this.json.writeValueAsString(message.payload()), this.clock.instant(), held);
		if (!held) {
			wakeTheRelayAfterCommit();
		}
	}

	/**
	 * Sends a message that was sent before once more, under its own message id, in the
	 * caller's transaction: for when its answer never came (a broker that lost it, say).
	 * A message still waiting to be sent is left as it is.
	 * @param messageId the message's id
	 * @return whether it was sent before and will now be sent again
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean sendAgain(String messageId) {
		boolean again = this.repository.sendAgain(messageId, this.clock.instant(), isHeld(messageId));
		if (again) {
			wakeTheRelayAfterCommit();
		}
		return again;
	}

	/**
	 * Puts a dead letter back in the relay's queue on an operator's word (the console's
	 * "Send again"): tried again from its first attempt, under its own message id, so
	 * that the manufacturer still applies it once.
	 * @param messageId the message's id
	 * @param operatorEmail who asked, for the log
	 * @return whether it was a dead letter and is queued again
	 */
	@Transactional
	public boolean sendDeadLetterAgain(String messageId, String operatorEmail) {
		boolean again = this.repository.revive(messageId, this.clock.instant(), isHeld(messageId));
		if (again) {
			logger.info("Operator {} sent dead letter {} again", operatorEmail, messageId);
			wakeTheRelayAfterCommit();
		}
		return again;
	}

	/**
	 * How many messages wait for their manufacturer to be listed again
	 * ({@link HeldDestinations}).
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long held() {
		return this.repository.held();
	}

	/**
	 * The messages waiting to be sent (held ones left out), for the operator.
	 * @return how many, and when the oldest was written
	 */
	@Transactional(readOnly = true)
	public OutboxBacklog backlog() {
		return new OutboxBacklog(this.repository.backlog(), this.repository.oldestUnsent().orElse(null));
	}

	/**
	 * Where each of these messages stands, for the operator.
	 * @param messageIds the messages' ids
	 * @return the state of each one in the outbox, by message id; ids it does not hold
	 * are left out
	 */
	@Transactional(readOnly = true)
	public Map<String, OutboxMessageState> states(Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Map.of();
		}
		Map<String, OutboxMessageState> states = new HashMap<>();
		this.repository.states(messageIds).forEach((state) -> states.put(state.messageId(), state));
		return states;
	}

	private boolean isHeld(String messageId) {
		return this.repository.destination(messageId)
			.map((destination) -> this.held.isHeld(destination.exchange(), destination.routingKey()))
			.orElse(false);
	}

	private void wakeTheRelayAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wake();
			}
		});
	}

}
