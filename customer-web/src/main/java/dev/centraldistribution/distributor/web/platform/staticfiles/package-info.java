/**
 * The shop's static files (styles, scripts, images, web jars), mapped at the folders they
 * are in, so that building a link to a page costs no search for a file of that name.
 */
package dev.centraldistribution.distributor.web.platform.staticfiles;
