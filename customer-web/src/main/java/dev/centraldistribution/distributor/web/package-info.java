/**
 * The customer web shop: pages, security and sessions, one sub-package per page group;
 * {@code platform} holds what tunes every page (sessions, notices, cached rendering)
 * apart from the pages themselves.
 */
@ApplicationModule(allowedDependencies = { "allocation", "books", "cart", "catalog", "checkout", "confirmations",
		"customers", "cycles", "manufacturers", "messaging", "operators", "orderchanges", "orders", "payments",
		"stockchanges", "sync" })
@OwnsTables({ "sign_in_backoff", "sign_in_known_address", "spring_session", "spring_session_attributes" })
package dev.centraldistribution.distributor.web;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
