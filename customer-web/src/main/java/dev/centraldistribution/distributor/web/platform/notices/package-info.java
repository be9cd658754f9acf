/**
 * The one-line notices a page shows after a redirect ("Your order is placed."), carried
 * in a short-lived cookie instead of the session.
 */
package dev.centraldistribution.distributor.web.platform.notices;
