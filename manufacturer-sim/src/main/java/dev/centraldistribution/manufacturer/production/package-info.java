/**
 * Parallel production: every tick grows each product's stock by its rate, up to its cap,
 * while offerings are served and purchases applied.
 */
package dev.centraldistribution.manufacturer.production;
