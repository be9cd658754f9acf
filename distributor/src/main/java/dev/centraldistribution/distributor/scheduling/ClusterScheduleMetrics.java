package dev.centraldistribution.distributor.scheduling;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Counts, per job, the scheduled attempts on this instance and the runs it won the lock
 * for: {@code distributor.scheduled.runs{job}} summed over all instances is how often the
 * cluster ran the job. Registered once every schedule exists, so no feature's beans are
 * created early for it.
 */
@Component
class ClusterScheduleMetrics implements SmartInitializingSingleton {

	private final ObjectProvider<ClusterSchedule> schedules;

	private final ObjectProvider<MeterRegistry> registry;

	ClusterScheduleMetrics(ObjectProvider<ClusterSchedule> schedules, ObjectProvider<MeterRegistry> registry) {
		this.schedules = schedules;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.registry.ifAvailable((registry) -> this.schedules.orderedStream().forEach((schedule) -> {
			String job = schedule.job().lockName();
			FunctionCounter.builder("distributor.scheduled.runs", schedule, ClusterSchedule::runs)
				.description("Runs of a cluster-wide scheduled job on this instance")
				.tag("job", job)
				.register(registry);
			FunctionCounter.builder("distributor.scheduled.attempts", schedule, ClusterSchedule::attempts)
				.description("Scheduled attempts of a cluster-wide job on this instance, run or not")
				.tag("job", job)
				.register(registry);
		}));
	}

}
