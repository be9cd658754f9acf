package dev.centraldistribution.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * {@code %wEx}, Spring Boot's stack trace of every log pattern, with the exception
 * messages escaped ({@link LogText}): they often quote input (a parameter, a snapshot's
 * field), and a line break in one would otherwise start a forged log line.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy throwable) {
		return super.throwableProxyToString(EscapedThrowableProxy.of(throwable));
	}

}
