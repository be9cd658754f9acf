package dev.centraldistribution.distributor.web.dashboard;

/**
 * The addresses in the product cards' forms.
 *
 * @param addToCart where the add-to-cart forms post, with the context path
 * @param returnTo the dashboard page to come back to afterwards, without it
 */
record CardLinks(String addToCart, String returnTo) {

}
