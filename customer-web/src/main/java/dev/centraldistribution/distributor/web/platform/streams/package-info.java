/**
 * Server-sent event streams, apart from what they carry: the streams open on this
 * instance and what each follows
 * ({@link dev.centraldistribution.distributor.web.platform.streams.LiveStreams}), limits
 * per instance, session and client address, heartbeats, one sender at a time per stream
 * with a mailbox that merges what waits
 * ({@link dev.centraldistribution.distributor.web.platform.streams.Mailbox}), and the end
 * of every stream at shutdown. The dashboard's quantities and a customer's orders are two
 * uses of it.
 */
package dev.centraldistribution.distributor.web.platform.streams;
