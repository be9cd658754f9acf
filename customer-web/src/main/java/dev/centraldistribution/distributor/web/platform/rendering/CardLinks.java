package dev.centraldistribution.distributor.web.platform.rendering;

/**
 * The addresses in the product cards' forms.
 *
 * @param addToCart where the add-to-cart forms post, with the context path
 * @param returnTo the dashboard page to come back to afterwards, without it
 */
public record CardLinks(String addToCart, String returnTo) {

}
