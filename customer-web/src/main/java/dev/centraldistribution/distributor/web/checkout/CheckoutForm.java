package dev.centraldistribution.distributor.web.checkout;

/**
 * The checkout form as sent back: only its token. What it buys is what the form showed,
 * kept on the server with the token, never what the browser sends.
 *
 * @param token the checkout token the form carried
 */
record CheckoutForm(String token) {

}
