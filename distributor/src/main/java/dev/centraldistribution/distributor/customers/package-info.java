/**
 * Customer accounts: sign-up, the credentials customers sign in with, and their profile.
 */
@ApplicationModule(allowedDependencies = {})
@OwnsTables({ "customer" })
package dev.centraldistribution.distributor.customers;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
