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
import org.springframework.stereotype.Component;

/**
 * The dashboard's product cards as HTML, rendered once per distinct catalogue page and
 * reused while the page's content stays the same. Rendering them was four fifths of a
 * dashboard request's CPU; the catalogue queries that tell whether the content changed
 * are a small part of it. A stock change makes a different page, so nothing is ever stale
 * and nothing needs invalidating; the least recently used pages make room.
 * <p>
 * The cards hold nothing of a request or a session: their quantity fields and buttons
 * belong, through the HTML {@code form} attribute, to small forms that the page renders
 * for each request outside the cards ({@code dashboard/index.html}), with the session's
 * CSRF token. Nothing is ever spliced into the cached text, so whatever a product is
 * called cannot make one viewer's values appear in another's page.
 * <p>
 * Each render has its own evaluation context: Thymeleaf keeps per-render state in it, and
 * one shared between threads made concurrent renders fail.
 */
@Component
public class ProductCards {

	/** How many distinct pages are kept (a page is about 35 kB of HTML). */
	static final int CAPACITY = 64;

	private static final Set<String> CARDS = Set.of("cards");

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final Map<Key, String> rendered = Collections.synchronizedMap(new LinkedHashMap<>(CAPACITY, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
			return size() > CAPACITY;
		}

	});

	ProductCards(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * The cards of a catalogue page. Each offering's quantity field and button name the
	 * form {@code add-<offering id>}, which the page must render.
	 * @param page the products to show
	 * @param maxQuantityPerLine the most a form offers to add at once
	 * @return HTML to insert as it is, the same for every viewer
	 */
	public String render(CatalogPage page, int maxQuantityPerLine) {
		Key key = new Key(page, maxQuantityPerLine);
		String cards = this.rendered.get(key);
		if (cards == null) {
			// Two requests for a new page may both render it: the same text, kept once.
			cards = renderCards(key);
			this.rendered.put(key, cards);
		}
		return cards;
	}

	/** Pages rendered and kept, for tests. */
	int size() {
		return this.rendered.size();
	}

	private String renderCards(Key key) {
		Context context = new Context(Locale.UK);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		context.setVariable("page", key.page());
		context.setVariable("maxQuantityPerLine", key.maxQuantityPerLine());
		return this.templates.process("dashboard/cards", CARDS, context);
	}

	private record Key(CatalogPage page, int maxQuantityPerLine) {
	}

}
