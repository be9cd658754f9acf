/**
 * Every request's id ({@code X-Request-Id}, from nginx or made here): answered in the
 * response and carried by every log line of the request.
 */
package dev.centraldistribution.distributor.web.platform.requests;
