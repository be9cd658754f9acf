/**
 * Rendering tuned for speed, apart from the pages that use it: the parts of a page that
 * are the same for every viewer (the dashboard's search form, product cards and pager)
 * rendered once per distinct content and reused.
 */
package dev.centraldistribution.distributor.web.platform.rendering;
