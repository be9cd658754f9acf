/**
 * Log lines that hostile text cannot forge or disguise: Logback converters that escape
 * control and bidi characters, applied by
 * {@code dev/centraldistribution/logging/logback.xml}, which each application's
 * {@code logback-spring.xml} includes.
 */
package dev.centraldistribution.logging;
