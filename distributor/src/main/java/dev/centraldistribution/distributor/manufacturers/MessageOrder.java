package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;

import dev.centraldistribution.contracts.PresenceMessage;

/**
 * Where a presence message stands among those of its manufacturer: within one process
 * (instance) by its sequence number, across processes (a restart) by when it was sent.
 *
 * @param instanceId the sending process
 * @param sequence the message's number in that process
 * @param sentAt when it was sent, by the manufacturer's clock
 */
record MessageOrder(String instanceId, long sequence, Instant sentAt) {

	static MessageOrder of(PresenceMessage message) {
		return new MessageOrder(message.instanceId(), message.sequence(), message.sentAt());
	}

	/**
	 * Whether this message is newer than the last one accepted. A message of the same
	 * process must carry a higher number; one of another process must not have been sent
	 * before the last one (a late message of a process that was replaced, or a replay).
	 * @param last the last message accepted, {@code null} when none was
	 * @return whether to accept this one
	 */
	boolean follows(MessageOrder last) {
		if (last == null) {
			return true;
		}
		if (this.instanceId.equals(last.instanceId)) {
			return this.sequence > last.sequence;
		}
		return !this.sentAt.isBefore(last.sentAt);
	}

	@Override
	public String toString() {
		return "#" + this.sequence + " of instance " + LogSafe.quote(this.instanceId) + " sent at " + this.sentAt;
	}

}
