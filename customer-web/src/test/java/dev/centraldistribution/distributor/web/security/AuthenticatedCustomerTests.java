package dev.centraldistribution.distributor.web.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatedCustomerTests {

	final AuthenticatedCustomer customer = new AuthenticatedCustomer(new CustomerId(42), "ada@example.com", "Ada");

	@Test
	void isNamedByTheEmailItSignsInWith() {
		assertThat(this.customer.getName()).isEqualTo("ada@example.com");
	}

	@Test
	void survivesTheSessionStoreInsideASecurityContext() throws Exception {
		SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated(this.customer, null, List.copyOf(AccountDetails.CUSTOMER_AUTHORITIES)));

		SecurityContextImpl restored = (SecurityContextImpl) deserialize(serialize(context));

		assertThat(restored.getAuthentication().getPrincipal()).isEqualTo(this.customer);
		assertThat(restored.getAuthentication().getAuthorities()).hasSize(1);
	}

	private static byte[] serialize(Object object) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(object);
		}
		return bytes.toByteArray();
	}

	private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return in.readObject();
		}
	}

}
