/**
 * ArchUnit rules shared by the applications' architecture tests.
 */
package dev.centraldistribution.conventions;
