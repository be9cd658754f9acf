package dev.centraldistribution.distributor.web.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.centraldistribution.distributor.customers.Customer;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Signs customers in and keeps their session's principal up to date: after signing up,
 * after a change of name or e-mail address, and after a change of password (which also
 * signs out the customer's other sessions).
 */
@Component
public class CustomerSessions {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();

	private final SecurityContextRepository repository;

	private final FindByIndexNameSessionRepository<?> sessions;

	CustomerSessions(SecurityContextRepository repository, FindByIndexNameSessionRepository<?> sessions) {
		this.repository = repository;
		this.sessions = sessions;
	}

	/**
	 * Signs a customer in who just proved who they are (e.g. by signing up), with a new
	 * session id.
	 */
	public void signIn(Customer customer, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>(AccountDetails.CUSTOMER_AUTHORITIES);
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		Authentication authentication = UsernamePasswordAuthenticationToken
			.authenticated(AuthenticatedCustomer.of(customer), null, authorities);
		this.newSessionId.onAuthentication(authentication, request, response);
		save(authentication, request, response);
	}

	/** Replaces the signed-in principal after the customer's name or e-mail changed. */
	public void refresh(Customer customer, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.contexts.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof AuthenticatedCustomer signedIn)
				|| !signedIn.id().equals(customer.id())) {
			throw new IllegalStateException("Customer " + customer.id() + " is not the one signed in");
		}
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
			.authenticated(AuthenticatedCustomer.of(customer), null, current.getAuthorities());
		refreshed.setDetails(current.getDetails());
		save(refreshed, request, response);
	}

	/**
	 * Signs the customer out everywhere but here, and gives this session a new id: called
	 * after the password changed.
	 */
	public void endOtherSessions(AuthenticatedCustomer customer, HttpServletRequest request) {
		HttpSession current = request.getSession();
		this.sessions.findByPrincipalName(customer.getName())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(current.getId()))
			.forEach(this.sessions::deleteById);
		request.changeSessionId();
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
