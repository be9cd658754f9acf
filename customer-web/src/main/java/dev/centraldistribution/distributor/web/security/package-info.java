/**
 * Web security: signing in and out, throttling failed sign-ins, sessions and the
 * signed-in customer, and the headers every page carries.
 */
package dev.centraldistribution.distributor.web.security;
