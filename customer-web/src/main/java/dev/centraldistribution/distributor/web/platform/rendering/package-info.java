/**
 * Rendering tuned for speed, apart from the pages that use it: the dashboard's product
 * cards rendered once per distinct catalogue page and reused.
 */
package dev.centraldistribution.distributor.web.platform.rendering;
