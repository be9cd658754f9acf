package dev.centraldistribution.distributor.web.cart;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where "Add to cart" leads back to: the dashboard page the customer was on, with its
 * search, category, order and page, or the product page they were on, and never anywhere
 * else. The form says which page; only the dashboard's own parameters are taken from it
 * and the path is always the dashboard's, or a product page's whose sku is a plain code,
 * so the field cannot make the shop redirect elsewhere.
 */
final class DashboardReturn {

	static final String DASHBOARD = "/dashboard";

	private static final List<String> PARAMETERS = List.of("q", "category", "sort", "size", "page");

	/** A product page: {@code /products/<sku>}, the sku as the sync accepts it. */
	private static final Pattern PRODUCT_PAGE = Pattern.compile("/products/[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final int MAX_LENGTH = 500;

	private DashboardReturn() {
	}

	/**
	 * The dashboard page to return to.
	 * @param returnTo what the form asked for, such as {@code /dashboard?q=drill&page=2}
	 * @return that dashboard or product page, or the dashboard's first page when the form
	 * asked for something else
	 */
	static String to(String returnTo) {
		if (returnTo != null && PRODUCT_PAGE.matcher(returnTo).matches()) {
			return returnTo;
		}
		if (returnTo == null || returnTo.length() > MAX_LENGTH || !returnTo.startsWith(DASHBOARD + "?")) {
			return DASHBOARD;
		}
		try {
			MultiValueMap<String, String> asked = UriComponentsBuilder.fromUriString(returnTo).build().getQueryParams();
			UriComponentsBuilder target = UriComponentsBuilder.fromPath(DASHBOARD);
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : PARAMETERS) {
				String value = asked.getFirst(name);
				if (value != null) {
					// As a variable: expanded values are encoded strictly ("+", "{",
					// "&").
					target.queryParam(name, "{" + name + "}");
					values.put(name, UriUtils.decode(value, StandardCharsets.UTF_8));
				}
			}
			return target.encode().buildAndExpand(values).toUriString();
		}
		catch (IllegalArgumentException ex) {
			return DASHBOARD;
		}
	}

}
