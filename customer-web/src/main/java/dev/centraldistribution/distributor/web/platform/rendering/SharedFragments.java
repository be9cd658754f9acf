package dev.centraldistribution.distributor.web.platform.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Parts of a page that are the same for every viewer, rendered once per distinct content
 * and reused while it stays the same: the dashboard's search form, product cards and
 * pager (web.dashboard). Rendering them was most of a dashboard request's CPU; the
 * catalogue queries that tell what the page shows are a small part of it.
 * <p>
 * The key is <em>what is shown</em>, compared by value: the catalogue page as just read
 * (every quantity, price, name, offering and manufacturer state on it), the categories,
 * the search text. A sale, a pull or a manufacturer's new state, on this instance or any
 * other, makes a different page, so nothing is ever stale and nothing needs invalidating;
 * the least recently used entries make room.
 * <p>
 * The parts hold nothing of a request or a session (no CSRF token, no name, no cart):
 * they are rendered outside any request, so a template that asked for one would fail
 * rather than leak it, and links in them are plain paths (a context-relative
 * {@code @{...}} link needs a request). Nothing is ever spliced into the rendered text.
 * Each render has its own evaluation context: Thymeleaf keeps per-render state in it, and
 * one shared between threads made concurrent renders fail.
 */
@Component
public class SharedFragments {

	/** How many distinct renders are kept (a dashboard page's parts are about 40 kB). */
	static final int CAPACITY = 64;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final LeastRecentlyUsed<Key, Rendered> rendered = new LeastRecentlyUsed<>(CAPACITY);

	SharedFragments(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * Fragments of a template as HTML, rendered once for these variables.
	 * @param template the template, e.g. {@code dashboard/shared}
	 * @param fragments the fragments to render, each on its own
	 * @param variables everything the fragments show, values compared with {@code equals}
	 * (records, strings, lists); {@code null} values allowed
	 * @return the fragments' HTML, the same for every viewer
	 */
	public Rendered render(String template, List<String> fragments, Map<String, Object> variables) {
		Key key = new Key(template, fragments, new HashMap<>(variables));
		Rendered parts = this.rendered.get(key);
		if (parts == null) {
			// Two requests for new content may both render it: the same text, kept once.
			parts = renderNow(key);
			this.rendered.put(key, parts);
		}
		return parts;
	}

	/** Renders kept, for tests. */
	int size() {
		return this.rendered.size();
	}

	private Rendered renderNow(Key key) {
		Map<String, String> html = new HashMap<>();
		MessageDigest digest = sha256();
		for (String fragment : key.fragments()) {
			Context context = new Context(Locale.UK);
			context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(this.applicationContext, null));
			context.setVariables(key.variables());
			String text = this.templates.process(key.template(), Set.of(fragment), context);
			html.put(fragment, text);
			digest.update(fragment.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return new Rendered(Map.copyOf(html),
				Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 22));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Rendered fragments.
	 *
	 * @param html each fragment's HTML, by name
	 * @param fingerprint a digest of all of it: equal fingerprints, equal HTML (for
	 * entity tags)
	 */
	public record Rendered(Map<String, String> html, String fingerprint) {

		/** One fragment's HTML, to insert as it is. */
		public String get(String fragment) {
			String text = this.html.get(fragment);
			if (text == null) {
				throw new IllegalArgumentException("No fragment " + fragment + " was rendered");
			}
			return text;
		}

	}

	private record Key(String template, List<String> fragments, Map<String, Object> variables) {
	}

}
