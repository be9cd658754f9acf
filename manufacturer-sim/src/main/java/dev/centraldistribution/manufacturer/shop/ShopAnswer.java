package dev.centraldistribution.manufacturer.shop;

/**
 * What the shop answers to an order or a cancellation.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record ShopAnswer(int status, String body) {

}
