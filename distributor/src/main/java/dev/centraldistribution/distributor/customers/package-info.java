/**
 * Customer accounts: sign-up, credentials, profile and the payment card on file.
 */
package dev.centraldistribution.distributor.customers;
