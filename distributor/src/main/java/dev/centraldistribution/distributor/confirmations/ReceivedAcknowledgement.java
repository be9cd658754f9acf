package dev.centraldistribution.distributor.confirmations;

import java.time.Instant;

/**
 * The manufacturer's acknowledgement of a sub-order, as recorded (the first one; repeats
 * change nothing).
 *
 * @param messageId the acknowledgement's message id
 * @param receivedAt when it arrived
 */
public record ReceivedAcknowledgement(String messageId, Instant receivedAt) {

}
