package dev.centraldistribution.distributor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DistributorApplicationTests {

	@Autowired
	Environment environment;

	@Test
	void testSettingsWinOverTheImportedDefaults() {
		assertThat(this.environment.getProperty("distributor.sync.enabled")).isEqualTo("false");
		assertThat(this.environment.getProperty("distributor.embedded-broker.port")).isEqualTo("0");
		assertThat(this.environment.getProperty("spring.datasource.url")).isNotEqualTo(
				"jdbc:h2:mem:distributor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

}
