package dev.centraldistribution.distributor.web.admin;

/**
 * One product of one manufacturer on the console's stock page.
 *
 * @param manufacturerCode its manufacturer's code
 * @param manufacturerName its manufacturer's name
 * @param sku the manufacturer's product code
 * @param productName the product's name
 * @param available units that may still be sold
 * @param soldThisCycle units sold in the open sales cycle
 * @param soldTotal units sold, ever
 * @param appliedTotal units the manufacturer says it applied, {@code null} when no
 * snapshot said yet
 * @param inFlight sold minus applied, {@code null} when applied is unknown
 * @param onSale whether it may be sold now
 */
record StockRow(String manufacturerCode, String manufacturerName, String sku, String productName, long available,
		long soldThisCycle, long soldTotal, Long appliedTotal, Long inFlight, boolean onSale) {

}
