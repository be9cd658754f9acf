package dev.centraldistribution.distributor;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DistributorCoreStartsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConnectionFactory connectionFactory;

	@Test
	void migratesTheSchemaAndReachesTheBroker() {
		assertThat(this.jdbc.sql("select count(*) from offering").query(Long.class).single()).isNotNull();
		try (var connection = this.connectionFactory.createConnection()) {
			assertThat(connection.isOpen()).isTrue();
		}
	}

}
