package dev.centraldistribution.distributor.customers;

/**
 * Why one field of a request was refused, in words a customer may read.
 *
 * @param field the name of the request's field, e.g. {@code email}
 * @param message what is wrong and how to fix it; never echoes a secret
 */
public record FieldProblem(String field, String message) {

}
