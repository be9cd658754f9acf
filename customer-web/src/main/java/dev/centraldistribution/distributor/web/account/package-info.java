/**
 * The customer's own pages: signing up, the account's name, e-mail address and password,
 * and the payment card on file.
 */
package dev.centraldistribution.distributor.web.account;
