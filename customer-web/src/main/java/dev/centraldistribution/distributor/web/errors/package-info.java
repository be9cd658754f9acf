/**
 * Requests that cannot be served as asked: a direct request for the error page, and
 * parameters the container cannot decode. Each gets a 4xx answer and at most one quiet
 * log line, never a stack trace at ERROR.
 */
package dev.centraldistribution.distributor.web.errors;
