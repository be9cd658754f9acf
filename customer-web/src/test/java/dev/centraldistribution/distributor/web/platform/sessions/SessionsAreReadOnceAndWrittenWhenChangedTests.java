package dev.centraldistribution.distributor.web.platform.sessions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request reads its session from the database once, and writes it only when something
 * in it changed or its last access moved by the touch interval (one minute by default).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SessionStatements.class)
class SessionsAreReadOnceAndWrittenWhenChangedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionStatements statements;

	Browser browser;

	@BeforeEach
	void signedIn() {
		this.browser = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer("Katherine Johnson"));
		// The first page after signing in stores the session's new CSRF token.
		assertThat(this.browser.get("/account")).hasStatusOk();
		this.statements.reset();
	}

	@Test
	void aPageReadsTheSessionOnceAndWritesNothing() {
		long lastAccess = lastAccessTime();

		assertThat(this.browser.get("/account")).hasStatusOk();
		assertThat(this.browser.get("/dashboard")).hasStatusOk();

		assertThat(this.statements.reads()).isEqualTo(2);
		assertThat(this.statements.writes()).isEmpty();
		assertThat(lastAccessTime()).isEqualTo(lastAccess);
	}

	@Test
	void aRedirectReadsTheSessionOnce() {
		assertThat(this.browser.post("/cart/lines", "offering", "999999999", "quantity", "1"))
			.hasStatus3xxRedirection();

		assertThat(this.statements.reads()).isOne();
		assertThat(this.statements.writes()).isEmpty();
	}

	@Test
	void writesTheLastAccessOnceTheTouchIntervalHasPassed() {
		this.jdbc.sql("update SPRING_SESSION set LAST_ACCESS_TIME = LAST_ACCESS_TIME - 120000 where SESSION_ID = :id")
			.param("id", sessionId())
			.update();
		long stale = lastAccessTime();

		this.statements.reset();
		assertThat(this.browser.get("/account")).hasStatusOk();

		assertThat(lastAccessTime()).isGreaterThanOrEqualTo(stale + 120_000);
		assertThat(this.statements.writes()).singleElement()
			.asString()
			.startsWith("UPDATE SPRING_SESSION")
			.contains("LAST_ACCESS_TIME");
	}

	@Test
	void signingOutStillEndsTheSession() {
		String session = sessionId();

		assertThat(this.browser.signOut()).hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select count(*) from SPRING_SESSION where SESSION_ID = :id")
			.param("id", session)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.browser.get("/account")).hasStatus3xxRedirection();
	}

	/** The session cookie carries the session id in Base64. */
	private String sessionId() {
		return new String(Base64.getDecoder().decode(this.browser.sessionCookie()), StandardCharsets.UTF_8);
	}

	private long lastAccessTime() {
		return this.jdbc.sql("select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = :id")
			.param("id", sessionId())
			.query(Long.class)
			.single();
	}

}
