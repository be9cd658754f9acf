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
 * Puts the {@code manufacturers} contributor in the readiness group (declared in
 * distributor.yaml) and leaves it out of {@code /actuator/health} itself, where Spring
 * Boot puts every contributor and offers no setting to exclude one. Otherwise the
 * distributor would report itself unhealthy until a manufacturer is alive, and the
 * one-command run, which waits for the distributor's health before it starts the
 * manufacturers, would wait forever.
 * <p>
 * Done here rather than in the group's {@code include} setting, so that a test context
 * without this module (a module test) still starts: Spring Boot refuses a group that
 * names a contributor that does not exist.
 */
@Component
class ManufacturersInReadinessOnly implements HealthEndpointGroupsPostProcessor {

	static final String READINESS = "readiness";

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new Groups(groups);
	}

	private record Groups(HealthEndpointGroups groups) implements HealthEndpointGroups {

		@Override
		public HealthEndpointGroup getPrimary() {
			return new Membership(this.groups.getPrimary(), false);
		}

		@Override
		public Set<String> getNames() {
			return this.groups.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			HealthEndpointGroup group = this.groups.get(name);
			return (group != null && READINESS.equals(name)) ? new Membership(group, true) : group;
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

	/** A group with the manufacturers contributor in it or out of it. */
	private record Membership(HealthEndpointGroup group, boolean manufacturers) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return ManufacturersReadiness.NAME.equals(name) ? this.manufacturers : this.group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.group.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.group.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.group.getAdditionalPath();
		}

	}

}
