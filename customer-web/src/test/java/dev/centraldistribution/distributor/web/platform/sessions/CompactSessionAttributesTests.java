package dev.centraldistribution.distributor.web.platform.sessions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.operators.OperatorId;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;
import org.junit.jupiter.api.Test;

import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact form gives back exactly what it was given, takes only what it can give back
 * exactly, and every value stored the old way (Java serialisation) is still read.
 */
class CompactSessionAttributesTests {

	final CompactSessionAttributes attributes = new CompactSessionAttributes(getClass().getClassLoader());

	final AuthenticatedCustomer ada = new AuthenticatedCustomer(new CustomerId(42), "ada@example.com", "Ada «Byron»");

	@Test
	void aCustomersContextComesBackEqualAndSmall() {
		SecurityContextImpl context = context(this.ada, new WebAuthenticationDetails("192.0.2.7", "session-1"),
				List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"),
						FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
							.issuedAt(Instant.parse("2026-12-06T12:00:00.123456789Z"))
							.build()));

		byte[] bytes = this.attributes.encode(context);

		assertThat(bytes[0]).isEqualTo((byte) 1);
		assertThat(bytes.length).isLessThan(javaSerialised(context).length / 4);
		assertThat(this.attributes.decode(bytes)).isEqualTo(context);
	}

	@Test
	void theOperatorsContextWithoutDetailsComesBackEqual() {
		SecurityContextImpl context = context(new AuthenticatedOperator(new OperatorId(1), "operator@localhost"), null,
				List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")));

		byte[] bytes = this.attributes.encode(context);

		assertThat(bytes[0]).isEqualTo((byte) 1);
		assertThat(this.attributes.decode(bytes)).isEqualTo(context);
	}

	@Test
	void aCsrfTokenComesBackEqual() {
		DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "8b7f0d6c-0000-4000-8000-000000000001");

		byte[] bytes = this.attributes.encode(token);

		assertThat(bytes[0]).isEqualTo((byte) 2);
		assertThat(this.attributes.decode(bytes)).usingRecursiveComparison().isEqualTo(token);
	}

	@Test
	void aContextOfAnotherShapeIsStoredTheOldWayAndComesBackEqual() {
		SecurityContextImpl withCredentials = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(this.ada, "secret", List.of()));
		SecurityContextImpl notSignedIn = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.unauthenticated(this.ada, null));
		SecurityContextImpl strangePrincipal = context("someone", null, List.of());

		for (SecurityContextImpl context : List.of(withCredentials, notSignedIn, strangePrincipal)) {
			byte[] bytes = this.attributes.encode(context);

			assertThat(bytes).startsWith((byte) 0xAC, (byte) 0xED);
			assertThat(this.attributes.decode(bytes)).isEqualTo(context);
		}
	}

	@Test
	void anythingElseIsStoredTheOldWay() {
		Map<String, Object> saved = new HashMap<>(Map.of("notice", "Saved.", "count", 3));

		byte[] bytes = this.attributes.encode(saved);

		assertThat(bytes).isEqualTo(javaSerialised(saved));
		assertThat(this.attributes.decode(bytes)).isEqualTo(saved);
	}

	@Test
	void readsWhatWasStoredBeforeTheCompactFormExisted() {
		SecurityContextImpl context = context(this.ada, new WebAuthenticationDetails("192.0.2.7", null),
				List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
		DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t");

		assertThat(this.attributes.decode(javaSerialised(context))).isEqualTo(context);
		assertThat(this.attributes.decode(javaSerialised(token))).usingRecursiveComparison().isEqualTo(token);
	}

	private static SecurityContextImpl context(Object principal, Object details,
			List<? extends GrantedAuthority> authorities) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, authorities);
		authentication.setDetails(details);
		return new SecurityContextImpl(authentication);
	}

	private static byte[] javaSerialised(Object value) {
		return new SerializingConverter().convert(value);
	}

}
