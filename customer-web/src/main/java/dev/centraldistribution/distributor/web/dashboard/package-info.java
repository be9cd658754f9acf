/**
 * The dashboard: offerings on sale, and the stream of server-sent events that keeps an
 * open dashboard's quantities current.
 */
package dev.centraldistribution.distributor.web.dashboard;
