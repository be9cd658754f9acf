package dev.centraldistribution.distributor.cycles;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sales cycles run.
 *
 * @param enabled schedule the cycle check on this instance
 * @param length how long a cycle lasts unless everything sells out first
 * @param checkInterval how often an instance checks whether the open cycle is over
 */
@Validated
@ConfigurationProperties("distributor.cycle")
record CycleProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("30d") Duration length,
		@NotNull @DurationMin(millis = 100) @DefaultValue("5s") Duration checkInterval) {

}
