/**
 * The operator console ({@code /admin}): pages for the operator, closed to customers.
 */
package dev.centraldistribution.distributor.web.admin;
