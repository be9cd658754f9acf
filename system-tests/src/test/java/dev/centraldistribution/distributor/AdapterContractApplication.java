package dev.centraldistribution.distributor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The distributor's core without the web shop, as its own tests boot it, for the adapter
 * contract against the packaged simulators: the adapters wired as in production, on an
 * in-memory H2 and the embedded broker (the native simulator connects to it).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdapterContractApplication {

}
