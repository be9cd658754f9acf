package dev.centraldistribution.distributor.manufacturers;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code manufacturers}: up while at least one manufacturer is alive,
 * out of service otherwise, since this instance then has nothing to sell. Part of the
 * readiness group only; {@link ManufacturersInReadinessOnly} keeps it out of
 * {@code /actuator/health}, which scripts and drills wait on before any manufacturer
 * runs, and of liveness: a restart brings no manufacturer back.
 */
@Component("manufacturersHealthIndicator")
class ManufacturersReadiness implements HealthIndicator {

	static final String NAME = "manufacturers";

	private final ManufacturerDirectory directory;

	ManufacturersReadiness(ManufacturerDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Health health() {
		List<ManufacturerHealth> all = this.directory.health();
		long alive = all.stream().filter(ManufacturerHealth::isSellable).count();
		Health.Builder health = (alive > 0) ? Health.up() : Health.outOfService();
		return health.withDetail("alive", alive).withDetail("registered", all.size()).build();
	}

}
