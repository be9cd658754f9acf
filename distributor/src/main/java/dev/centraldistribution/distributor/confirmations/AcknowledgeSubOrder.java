package dev.centraldistribution.distributor.confirmations;

import java.time.Instant;

import dev.centraldistribution.distributor.orders.AnswerOutcome;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a manufacturer's acknowledgement: its answer moves the sub-order through the
 * orders' API and, in the same transaction, the acknowledgement is recorded with its
 * message id. A redelivered or duplicate acknowledgement finds the sub-order answered and
 * changes nothing.
 */
@Service
public class AcknowledgeSubOrder {

	private static final Logger logger = LoggerFactory.getLogger(AcknowledgeSubOrder.class);

	private final AnswerSubOrder answerSubOrder;

	private final AcknowledgementRecords records;

	AcknowledgeSubOrder(AnswerSubOrder answerSubOrder, AcknowledgementRecords records) {
		this.answerSubOrder = answerSubOrder;
		this.records = records;
	}

	@Transactional
	public AnswerOutcome apply(ManufacturerAnswer answer, Instant now) {
		AnswerOutcome outcome = this.answerSubOrder.answer(answer.subOrder(), answer.manufacturerCode(),
				answer.lines());
		if (outcome instanceof AnswerOutcome.Applied applied && !this.records.record(answer, applied.placedAt(), now)) {
			logger.warn("Manufacturer {} reused message id {} for sub-order {}: applied, not recorded",
					answer.manufacturerCode(), answer.messageId(), answer.subOrder());
		}
		return outcome;
	}

}
