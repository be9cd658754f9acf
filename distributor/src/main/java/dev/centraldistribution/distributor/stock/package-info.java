/**
 * Stock of each offering: takes sold units away with conditional decrements that can
 * never drive an offering below zero, whatever the concurrency.
 */
package dev.centraldistribution.distributor.stock;
