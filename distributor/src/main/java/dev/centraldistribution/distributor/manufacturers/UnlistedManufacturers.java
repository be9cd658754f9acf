package dev.centraldistribution.distributor.manufacturers;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Keeps the registered manufacturers in step with the configuration: one removed from it
 * that never announced itself is {@link ManufacturerState#UNLISTED} (nobody says it
 * exists any more), and one configured again is listed. An unlisted manufacturer is not
 * pulled, its goods are not sold, and the messages for it wait, unsent, for the operator
 * to list it again (docs/architecture.md, invariant 7).
 */
@Service
public class UnlistedManufacturers {

	private static final Logger logger = LoggerFactory.getLogger(UnlistedManufacturers.class);

	private final LivenessRepository repository;

	private final ManufacturerLiveness liveness;

	UnlistedManufacturers(LivenessRepository repository, ManufacturerLiveness liveness) {
		this.repository = repository;
		this.liveness = liveness;
	}

	/**
	 * Lists the configured manufacturers, and unlists every other one that never said
	 * hello.
	 * @param configured the codes in the configuration
	 * @return the codes unlisted now
	 */
	public List<String> follow(Collection<String> configured) {
		Set<String> listed = Set.copyOf(configured);
		listed.forEach(this.liveness::relist);
		List<String> unlisted = this.repository.neverAnnounced()
			.stream()
			.filter((code) -> !listed.contains(code))
			.filter(this.liveness::unlist)
			.toList();
		if (!unlisted.isEmpty()) {
			logger.warn("Manufacturers {} are no longer configured and never announced themselves: unlisted, "
					+ "not pulled nor sold, their messages held until they are configured again", unlisted);
		}
		return unlisted;
	}

}
