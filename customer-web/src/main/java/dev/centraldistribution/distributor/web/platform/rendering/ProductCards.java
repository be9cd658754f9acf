package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.centraldistribution.distributor.catalog.CatalogPage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's product cards as HTML, rendered once per distinct catalogue page and
 * reused while the page's content stays the same. Rendering them was four fifths of a
 * dashboard request's CPU; the catalogue queries that tell whether the content changed
 * are a small part of it. A stock change makes a different page, so nothing is ever stale
 * and nothing needs invalidating; the least recently used pages make room.
 * <p>
 * The only per-request part of the cards, the CSRF field of each add-to-cart form, is
 * rendered as a marker and replaced with the request's token.
 */
@Component
public class ProductCards {

	/** How many distinct pages are kept (a page is about 35 kB of HTML). */
	static final int CAPACITY = 64;

	static final String CSRF_MARKER = "__csrf-token-of-the-request__";

	private static final Set<String> CARDS = Set.of("cards");

	private final ITemplateEngine templates;

	private final ThymeleafEvaluationContext beans;

	private final Map<Key, String[]> rendered = Collections.synchronizedMap(new LinkedHashMap<>(CAPACITY, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, String[]> eldest) {
			return size() > CAPACITY;
		}

	});

	ProductCards(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.beans = new ThymeleafEvaluationContext(applicationContext, null);
	}

	/**
	 * The cards of a catalogue page, with the request's CSRF token in every form.
	 * @param page the products to show
	 * @param maxQuantityPerLine the most a form offers to add at once
	 * @param links where the forms post and where they return to
	 * @param csrf the request's token
	 * @return HTML to insert as it is
	 */
	public String render(CatalogPage page, int maxQuantityPerLine, CardLinks links, CsrfToken csrf) {
		Key key = new Key(page, maxQuantityPerLine, links, csrf.getParameterName());
		String[] pieces = this.rendered.get(key);
		if (pieces == null) {
			// Kept split around the marker: joining is one copy, String.replace on a
			// page with non-Latin-1 characters took longer than rendering it.
			pieces = renderCards(key).split(CSRF_MARKER, -1);
			this.rendered.put(key, pieces);
		}
		return String.join(HtmlUtils.htmlEscape(csrf.getToken()), pieces);
	}

	/** Pages rendered and kept, for tests. */
	int size() {
		return this.rendered.size();
	}

	private String renderCards(Key key) {
		Context context = new Context(Locale.UK);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, this.beans);
		context.setVariable("page", key.page());
		context.setVariable("maxQuantityPerLine", key.maxQuantityPerLine());
		context.setVariable("addToCartUrl", key.links().addToCart());
		context.setVariable("returnTo", key.links().returnTo());
		context.setVariable("csrfParameter", key.csrfParameter());
		context.setVariable("csrfMarker", CSRF_MARKER);
		return this.templates.process("dashboard/cards", CARDS, context);
	}

	private record Key(CatalogPage page, int maxQuantityPerLine, CardLinks links, String csrfParameter) {
	}

}
