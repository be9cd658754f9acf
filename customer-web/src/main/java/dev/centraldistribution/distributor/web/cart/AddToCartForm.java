package dev.centraldistribution.distributor.web.cart;

/**
 * The add-to-cart form of the dashboard, as typed: garbage is refused with a message, not
 * a binding error.
 *
 * @param offering the offering's id
 * @param quantity units to add
 * @param returnTo the dashboard page the form is on (see {@link DashboardReturn})
 */
record AddToCartForm(String offering, String quantity, String returnTo) {

}
