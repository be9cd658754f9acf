package dev.centraldistribution.distributor.manufacturers;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Leaves the {@code manufacturers} contributor out of {@code /actuator/health} itself:
 * Spring Boot puts every contributor there and offers no setting to exclude one. It stays
 * in the groups that include it (readiness). Without this, the distributor would report
 * itself unhealthy until a manufacturer is alive, and the one-command run, which waits
 * for the distributor's health before it starts the manufacturers, would wait forever.
 */
@Component
class HealthLeavesManufacturersOut implements HealthEndpointGroupsPostProcessor {

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new WithoutManufacturersAtTheRoot(groups);
	}

	private record WithoutManufacturersAtTheRoot(HealthEndpointGroups groups) implements HealthEndpointGroups {

		@Override
		public HealthEndpointGroup getPrimary() {
			return new PrimaryWithoutManufacturers(this.groups.getPrimary());
		}

		@Override
		public Set<String> getNames() {
			return this.groups.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			return this.groups.get(name);
		}

		@Override
		public HealthEndpointGroup get(AdditionalHealthEndpointPath path) {
			return this.groups.get(path);
		}

		@Override
		public Set<HealthEndpointGroup> getAllWithAdditionalPath(WebServerNamespace namespace) {
			return this.groups.getAllWithAdditionalPath(namespace);
		}

	}

	private record PrimaryWithoutManufacturers(HealthEndpointGroup primary) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return !ManufacturersReadiness.NAME.equals(name) && this.primary.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.primary.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.primary.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.primary.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.primary.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.primary.getAdditionalPath();
		}

	}

}
