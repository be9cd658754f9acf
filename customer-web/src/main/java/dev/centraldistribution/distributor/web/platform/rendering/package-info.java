/**
 * Rendering tuned for speed, apart from the pages that use it: catalogue pages kept while
 * the catalogue's version stays the same, the parts of a page that are the same for every
 * viewer (the dashboard's search form, product cards and pager) rendered once per
 * distinct content and reused, and static files mapped to their own folders only.
 */
package dev.centraldistribution.distributor.web.platform.rendering;
