package dev.centraldistribution.distributor.web.platform.sessions;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both add the same attribute (a double-clicked form:
 * both answers put a flash message in the session) made Spring Session insert the same
 * attribute row twice, and the second answer was an error page. Session attributes are
 * written with an upsert instead, in each database's own words.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

	/** H2's upsert, for the embedded defaults. */
	static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String url = JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> metaData.getURL());
		return switch (DatabaseDriver.fromJdbcUrl(url)) {
			case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
			case H2 -> (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
			default -> (repository) -> {
			};
		};
	}

}
