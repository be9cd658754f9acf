package dev.centraldistribution.manufacturer.cycles;

import java.time.Clock;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.manufacturer.ProcessedMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a cycle summary once: a redelivery finds its processed-message row and changes
 * nothing.
 */
@Service
public class RecordCycleSummary {

	private final CycleSummaryRepository summaries;

	private final ProcessedMessages processed;

	private final Clock clock;

	RecordCycleSummary(CycleSummaryRepository summaries, ProcessedMessages processed, Clock clock) {
		this.summaries = summaries;
		this.processed = processed;
		this.clock = clock;
	}

	/**
	 * @param summary a summary addressed to this manufacturer
	 * @return whether it was recorded now, {@code false} when it had been before
	 */
	@Transactional
	public boolean record(CycleSummary summary) {
		if (!this.processed.markProcessed(summary.messageId(), CycleSummary.TYPE)) {
			return false;
		}
		this.summaries.insert(summary, this.clock.instant());
		return true;
	}

}
