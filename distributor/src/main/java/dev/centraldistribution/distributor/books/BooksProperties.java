package dev.centraldistribution.distributor.books;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the books check runs.
 *
 * @param enabled schedule the check on this instance
 * @param interval pause between two checks (one instance checks per interval)
 * @param quietMargin how long after a manufacturer's latest acknowledgement its pull must
 * have started for its snapshot to count as quiet: covers the instances' clocks drifting
 * apart
 * @param examples violations described per invariant in the last result
 */
@Validated
@ConfigurationProperties("distributor.books")
record BooksProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration interval,
		@NotNull @DurationMin(millis = 0) @DefaultValue("5s") Duration quietMargin,
		@Min(1) @Max(20) @DefaultValue("5") int examples) {

}
