/**
 * Customer accounts: sign-up, the credentials customers sign in with, and their profile.
 */
package dev.centraldistribution.distributor.customers;
