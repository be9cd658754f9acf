package dev.centraldistribution.distributor.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a visitor was doing when the shop asked them to sign in, carried through the
 * sign-in and sign-up pages as form parameters ({@link #PARAMETERS}) and finished by the
 * {@link AfterSignIn} features once they are signed in. Only short plain values travel;
 * where the visitor goes next is decided by the feature, never taken from the request as
 * it is, so the parameters cannot make the shop an open redirect.
 */
@Component
public class SignInFollowUps {

	/** The parameters the sign-in and sign-up forms pass along. */
	public static final List<String> PARAMETERS = List.of("add", "quantity", "continue");

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/?&=%+._~-]{1,500}");

	private final ObjectProvider<AfterSignIn> features;

	SignInFollowUps(ObjectProvider<AfterSignIn> features) {
		this.features = features;
	}

	/**
	 * The parameters to pass along from this request, as the pages' hidden fields and
	 * links: only those present and made of plain characters.
	 */
	public static Map<String, String> carried(HttpServletRequest request) {
		Map<String, String> carried = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String value = request.getParameter(name);
			if (value != null && PLAIN.matcher(value).matches()) {
				carried.put(name, value);
			}
		}
		return carried;
	}

	/**
	 * Lets the features carry on after a customer signed in or up, until one names the
	 * page to continue on.
	 * @return the page to continue on, when a feature named one
	 */
	public Optional<String> carryOn(AuthenticatedCustomer customer, HttpServletRequest request,
			HttpServletResponse response) {
		return this.features.orderedStream()
			.map((feature) -> feature.carryOn(customer, request, response))
			.flatMap(Optional::stream)
			.findFirst();
	}

}
