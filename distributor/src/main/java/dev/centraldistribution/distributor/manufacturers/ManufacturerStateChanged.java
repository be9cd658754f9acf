package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;

/**
 * The failure detector moved a manufacturer from one state to another. Raised inside the
 * transaction that stores the change, on the instance that made it: a
 * {@code @TransactionalEventListener} hears of it once committed. Other instances read
 * the state from {@link ManufacturerDirectory#health(String)}.
 *
 * @param code the manufacturer's code
 * @param from its state before
 * @param to its state now
 * @param at when it changed
 */
public record ManufacturerStateChanged(String code, ManufacturerState from, ManufacturerState to, Instant at) {

}
