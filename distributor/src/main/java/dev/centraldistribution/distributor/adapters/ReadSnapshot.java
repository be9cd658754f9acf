package dev.centraldistribution.distributor.adapters;

import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;

/**
 * A snapshot that passed the checks of the whole document, split into the products to
 * apply and the products rejected one by one.
 *
 * @param accepted valid products, one per sku
 * @param rejected products left out, with the reason
 */
public record ReadSnapshot(List<ProductOffering> accepted, List<ProductRead.Rejected> rejected) {

}
