package dev.centraldistribution.distributor.web.platform.sessions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions stay shared between instances with the compact attributes: a session that this
 * instance stored (signing in, then a page with a form) is read by a session store of its
 * own, as another instance on the same database has, with the same customer and CSRF
 * token; and its security context is stored compact, not by Java serialisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ASessionWrittenByOneInstanceIsReadByAnotherTests {

	private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@Test
	void anotherInstanceReadsTheSignedInCustomerAndTheToken() {
		Customer customer = new CustomerFixtures(this.signUp).customer("Hedy Lamarr");
		Browser browser = Browser.signedIn(this.mvc, customer);
		assertThat(browser.get("/account")).hasStatusOk();
		String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);

		Session read = anotherInstance().findById(id);

		assertThat(read).isNotNull();
		SecurityContext security = read.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(security.getAuthentication().getPrincipal()).isEqualTo(AuthenticatedCustomer.of(customer));
		assertThat(security.getAuthentication().getAuthorities()).extracting("authority").contains("ROLE_CUSTOMER");
		CsrfToken token = read.getAttribute(CSRF_TOKEN);
		assertThat(token).isNotNull();
		assertThat(storedBytes(id, HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)[0])
			.as("stored compact")
			.isEqualTo((byte) 1);
		assertThat(storedBytes(id, CSRF_TOKEN)[0]).as("stored compact").isEqualTo((byte) 2);
		// The token read elsewhere is the one this instance accepts: a form posted with
		// it
		// from this instance's page goes through.
		assertThat(browser.postFromPage("/account", "/cart/lines", "offering", "999999999", "quantity", "1"))
			.hasStatus3xxRedirection();
	}

	/** A session store of its own on the same database, as a second instance has. */
	private JdbcIndexedSessionRepository anotherInstance() {
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(this.jdbcTemplate,
				this.transactions);
		repository.setConversionService(SessionStoreConfiguration.springSessionConversionService(this.context));
		return repository;
	}

	private byte[] storedBytes(String sessionId, String attribute) {
		return this.jdbc.sql("""
				select a.ATTRIBUTE_BYTES from SPRING_SESSION_ATTRIBUTES a
				join SPRING_SESSION s on s.PRIMARY_ID = a.SESSION_PRIMARY_ID
				where s.SESSION_ID = :id and a.ATTRIBUTE_NAME = :name""")
			.param("id", sessionId)
			.param("name", attribute)
			.query(byte[].class)
			.single();
	}

}
