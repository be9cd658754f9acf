/**
 * Paying for orders: the card on file and the (simulated) payment gateway that authorises
 * and refunds charges against it.
 */
@ApplicationModule(allowedDependencies = { "customers" })
@OwnsTables({ "payment_card", "payment_authorization", "payment_refund" })
package dev.centraldistribution.distributor.payments;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
