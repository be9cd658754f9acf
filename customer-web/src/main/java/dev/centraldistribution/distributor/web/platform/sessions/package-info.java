/**
 * Where customers' sessions live: Spring Session in the shared database, read once and
 * written only when something changed, so that any instance can serve any request.
 */
package dev.centraldistribution.distributor.web.platform.sessions;
