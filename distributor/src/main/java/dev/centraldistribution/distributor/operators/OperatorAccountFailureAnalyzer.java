package dev.centraldistribution.distributor.operators;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused operator account into a short start-up report instead of a stack trace.
 */
class OperatorAccountFailureAnalyzer extends AbstractFailureAnalyzer<OperatorAccountRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OperatorAccountRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
