package dev.centraldistribution.distributor.web.platform.sessions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.operators.OperatorId;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How session attributes are stored: the two that every request of a signed-in visitor
 * reads, the security context and the CSRF token, in a compact form of their few plain
 * values; anything else, and any of those two that is not of the exact shape this knows,
 * by Java serialisation as before. Java serialisation of the security context (class
 * descriptors of a dozen classes, then reading them back reflectively) was a visible part
 * of every request's CPU, and its bytes are about five times as many.
 * <p>
 * Every instance reads both forms, whichever instance wrote them: a compact value starts
 * with a byte that no Java serialisation stream starts with ({@code 0xAC}), so sessions
 * stored before this form existed are still read. An instance of an older version cannot
 * read the compact form: a rolling upgrade signs out the sessions that an old instance
 * reads after a new one wrote them (they fail to load and start over), nothing worse.
 * <p>
 * The compact form is exact: {@code decode(encode(x))} equals {@code x} for every value
 * it takes (tested), and a value it does not take is never approximated.
 */
final class CompactSessionAttributes {

	/** A security context of a customer or the operator, signed in by password. */
	private static final byte SECURITY_CONTEXT = 1;

	/** Spring Security's CSRF token. */
	private static final byte CSRF_TOKEN = 2;

	private static final byte CUSTOMER = 1;

	private static final byte OPERATOR = 2;

	private static final byte SIMPLE_AUTHORITY = 1;

	private static final byte FACTOR_AUTHORITY = 2;

	private final SerializingConverter serializing = new SerializingConverter();

	private final DeserializingConverter deserializing;

	CompactSessionAttributes(ClassLoader classLoader) {
		this.deserializing = new DeserializingConverter(classLoader);
	}

	byte[] encode(Object value) {
		try {
			if (value instanceof DefaultCsrfToken token) {
				return csrfToken(token);
			}
			if (value != null && value.getClass() == SecurityContextImpl.class) {
				byte[] compact = securityContext((SecurityContextImpl) value);
				if (compact != null) {
					return compact;
				}
			}
		}
		catch (IOException ex) {
			// A text longer than the compact form holds: stored the old way.
		}
		return this.serializing.convert(value);
	}

	Object decode(byte[] bytes) {
		if (bytes.length == 0 || (bytes[0] != SECURITY_CONTEXT && bytes[0] != CSRF_TOKEN)) {
			return this.deserializing.convert(bytes);
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
			return (bytes[0] == CSRF_TOKEN) ? new DefaultCsrfToken(in.readUTF(), in.readUTF(), in.readUTF())
					: readSecurityContext(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("A compact session attribute could not be read", ex);
		}
	}

	private static byte[] csrfToken(DefaultCsrfToken token) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(CSRF_TOKEN);
			out.writeUTF(token.getHeaderName());
			out.writeUTF(token.getParameterName());
			out.writeUTF(token.getToken());
		}
		return bytes.toByteArray();
	}

	/**
	 * The compact form, or {@code null} when the context is of a shape it cannot hold.
	 */
	private static byte[] securityContext(SecurityContextImpl context) throws IOException {
		Authentication authentication = context.getAuthentication();
		if (authentication == null || authentication.getClass() != UsernamePasswordAuthenticationToken.class
				|| !authentication.isAuthenticated() || authentication.getCredentials() != null) {
			return null;
		}
		Object details = authentication.getDetails();
		if (details != null && details.getClass() != WebAuthenticationDetails.class) {
			return null;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		for (GrantedAuthority authority : authorities) {
			boolean simple = authority.getClass() == SimpleGrantedAuthority.class;
			boolean factor = authority instanceof FactorGrantedAuthority timed && timed.getIssuedAt() != null;
			if (!simple && !factor) {
				return null;
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(SECURITY_CONTEXT);
			Object principal = authentication.getPrincipal();
			if (principal instanceof AuthenticatedCustomer customer) {
				out.writeByte(CUSTOMER);
				out.writeLong(customer.id().value());
				out.writeUTF(customer.email());
				out.writeUTF(customer.name());
			}
			else if (principal instanceof AuthenticatedOperator operator) {
				out.writeByte(OPERATOR);
				out.writeLong(operator.id().value());
				out.writeUTF(operator.email());
			}
			else {
				return null;
			}
			out.writeInt(authorities.size());
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof FactorGrantedAuthority factor) {
					out.writeByte(FACTOR_AUTHORITY);
					out.writeUTF(factor.getAuthority());
					out.writeLong(factor.getIssuedAt().getEpochSecond());
					out.writeInt(factor.getIssuedAt().getNano());
				}
				else {
					out.writeByte(SIMPLE_AUTHORITY);
					out.writeUTF(authority.getAuthority());
				}
			}
			out.writeBoolean(details != null);
			if (details != null) {
				WebAuthenticationDetails web = (WebAuthenticationDetails) details;
				writeNullable(out, web.getRemoteAddress());
				writeNullable(out, web.getSessionId());
			}
		}
		return bytes.toByteArray();
	}

	private static SecurityContextImpl readSecurityContext(DataInputStream in) throws IOException {
		byte kind = in.readByte();
		Object principal = switch (kind) {
			case CUSTOMER -> new AuthenticatedCustomer(new CustomerId(in.readLong()), in.readUTF(), in.readUTF());
			case OPERATOR -> new AuthenticatedOperator(new OperatorId(in.readLong()), in.readUTF());
			default -> throw new IOException("Unknown principal kind " + kind);
		};
		int count = in.readInt();
		List<GrantedAuthority> authorities = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte type = in.readByte();
			String authority = in.readUTF();
			authorities.add((type == FACTOR_AUTHORITY) ? FactorGrantedAuthority.withAuthority(authority)
				.issuedAt(Instant.ofEpochSecond(in.readLong(), in.readInt()))
				.build() : new SimpleGrantedAuthority(authority));
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, authorities);
		if (in.readBoolean()) {
			authentication.setDetails(new WebAuthenticationDetails(readNullable(in), readNullable(in)));
		}
		return new SecurityContextImpl(authentication);
	}

	private static void writeNullable(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			out.writeUTF(text);
		}
	}

	private static String readNullable(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

}
