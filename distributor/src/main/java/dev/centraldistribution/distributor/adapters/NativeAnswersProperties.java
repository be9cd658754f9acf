package dev.centraldistribution.distributor.adapters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this instance consumes the manufacturers' answers from the shared queues, the
 * acknowledgements' and the reports' ({@code distributor.adapters.native.answers.*}).
 *
 * @param consumers consumers of each queue on this instance: an answer is not held up
 * behind one slow transaction; the answers are applied under their order's row lock and
 * in any order, so consumers of one instance are no different from those of several
 * instances
 * @param prefetch unacknowledged deliveries per consumer: few, so that a burst is spread
 * over the consumers instead of waiting in one consumer's buffer
 */
@Validated
@ConfigurationProperties("distributor.adapters.native.answers")
record NativeAnswersProperties(@Min(1) @Max(32) @DefaultValue("4") int consumers,
		@Min(1) @Max(1000) @DefaultValue("10") int prefetch) {

}
