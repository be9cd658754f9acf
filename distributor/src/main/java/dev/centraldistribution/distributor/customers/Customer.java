package dev.centraldistribution.distributor.customers;

/**
 * A customer account as other features may see it: no credentials.
 *
 * @param id the account
 * @param email the e-mail address the customer signs in with, as typed
 * @param name the name to greet the customer with
 */
public record Customer(CustomerId id, String email, String name) {

}
