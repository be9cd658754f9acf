package dev.centraldistribution.distributor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The runnable distributor: the core features from the {@code distributor} module and the
 * customer web shop of this module, in one process.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DistributorApplication {

	public static void main(String[] args) {
		SpringApplication.run(DistributorApplication.class, args);
	}

}
