package dev.centraldistribution.distributor.operators;

/**
 * An operator account as other features may see it: no credentials.
 *
 * @param id the account
 * @param email what the operator signs in with
 */
public record Operator(OperatorId id, String email) {

}
