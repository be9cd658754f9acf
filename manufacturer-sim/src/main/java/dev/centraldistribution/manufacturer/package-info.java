/**
 * A simulated manufacturer: the application and the settings that say who it is.
 */
package dev.centraldistribution.manufacturer;
