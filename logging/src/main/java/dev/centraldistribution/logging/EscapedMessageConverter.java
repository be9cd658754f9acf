package dev.centraldistribution.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %m}, {@code %msg} and {@code %message} of every log pattern: the formatted
 * message with its arguments, escaped ({@link LogText}), so that a customer's search, a
 * manufacturer's product name or a header can never forge or disguise a log line,
 * whichever call site logs it.
 */
public class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogText.escape(super.convert(event));
	}

}
