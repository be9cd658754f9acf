package dev.centraldistribution.distributor.web.platform.sessions;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the application prepares on the session tables, on any database:
 * the application's data source is wrapped so that every connection reports the SQL it
 * prepares. Only the thread that last called {@link #reset()} is counted: MockMvc runs a
 * request on the test's own thread, and Spring Session's scheduled purge of expired
 * sessions (a {@code DELETE} on another thread, whenever its schedule falls) is not a
 * request's work; counting it made a test fail now and then.
 */
@TestConfiguration(proxyBeanMethods = false)
class SessionStatements {

	private final AtomicInteger reads = new AtomicInteger();

	private final List<String> writes = new CopyOnWriteArrayList<>();

	private volatile Thread counted;

	/** Statements reading a session by id since the last {@link #reset()}. */
	int reads() {
		return this.reads.get();
	}

	/** Statements writing the session tables since the last {@link #reset()}. */
	List<String> writes() {
		return List.copyOf(this.writes);
	}

	void reset() {
		this.counted = Thread.currentThread();
		this.reads.set(0);
		this.writes.clear();
	}

	@Bean
	static BeanPostProcessor countingSessionStatements(SessionStatements statements) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? statements.counting(dataSource) : bean;
			}

		};
	}

	private DataSource counting(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counting(super.getConnection(username, password));
			}

		};
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql) {
						count(sql.toUpperCase(Locale.ROOT));
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private void count(String sql) {
		if (!sql.contains("SPRING_SESSION") || Thread.currentThread() != this.counted) {
			return;
		}
		if (sql.stripLeading().startsWith("SELECT") && sql.contains("WHERE S.SESSION_ID = ?")) {
			this.reads.incrementAndGet();
		}
		else if (!sql.stripLeading().startsWith("SELECT")) {
			this.writes.add(sql.strip());
		}
	}

}
