/**
 * The customer web shop: pages, security and sessions, one sub-package per page group.
 */
package dev.centraldistribution.distributor.web;
