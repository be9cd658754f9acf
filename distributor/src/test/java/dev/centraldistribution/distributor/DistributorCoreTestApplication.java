package dev.centraldistribution.distributor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Boots the core features without the web shop, for integration tests of this module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DistributorCoreTestApplication {

}
