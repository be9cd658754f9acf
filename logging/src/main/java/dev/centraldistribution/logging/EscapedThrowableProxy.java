package dev.centraldistribution.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * An exception as Logback prints it, with its message, and those of its causes and
 * suppressed exceptions, escaped.
 */
final class EscapedThrowableProxy implements IThrowableProxy {

	private final IThrowableProxy throwable;

	private EscapedThrowableProxy(IThrowableProxy throwable) {
		this.throwable = throwable;
	}

	static IThrowableProxy of(IThrowableProxy throwable) {
		return (throwable != null) ? new EscapedThrowableProxy(throwable) : null;
	}

	@Override
	public String getOverridingMessage() {
		return LogText.escape(this.throwable.getOverridingMessage());
	}

	@Override
	public String getMessage() {
		return LogText.escape(this.throwable.getMessage());
	}

	@Override
	public String getClassName() {
		return this.throwable.getClassName();
	}

	@Override
	public StackTraceElementProxy[] getStackTraceElementProxyArray() {
		return this.throwable.getStackTraceElementProxyArray();
	}

	@Override
	public int getCommonFrames() {
		return this.throwable.getCommonFrames();
	}

	@Override
	public IThrowableProxy getCause() {
		// A cyclic chain ends in a proxy Logback marks as cyclic; wrapping stays finite
		// because it follows the same (finite) chain of proxies.
		return of(this.throwable.getCause());
	}

	@Override
	public IThrowableProxy[] getSuppressed() {
		IThrowableProxy[] suppressed = this.throwable.getSuppressed();
		if (suppressed == null) {
			return null;
		}
		IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
		for (int i = 0; i < suppressed.length; i++) {
			escaped[i] = of(suppressed[i]);
		}
		return escaped;
	}

	@Override
	public boolean isCyclic() {
		return this.throwable.isCyclic();
	}

}
