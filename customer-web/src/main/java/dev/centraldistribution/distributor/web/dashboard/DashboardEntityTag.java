package dev.centraldistribution.distributor.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;

import dev.centraldistribution.distributor.web.platform.rendering.SharedFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The dashboard's entity tag: a digest of everything the page shows, its shared parts and
 * this viewer's own (who is signed in, the cart's count, the session's CSRF token as the
 * session keeps it, before it is masked for the page). A browser whose copy has the same
 * tag is answered {@code 304}: its copy shows the same products, the same name and count,
 * and forms whose token the session still accepts. Another viewer's tag never matches, so
 * one customer's page is never confirmed to another.
 * <p>
 * The tag is weak ({@code W/}): the page is the same in meaning, not byte for byte (its
 * CSRF fields are masked anew each time), and Tomcat compresses no response with a strong
 * tag.
 * <p>
 * No tag (the page is rendered every time) when the page shows a one-off notice, or when
 * a signed-in viewer's session has no token yet (the page would hold one the tag does not
 * cover).
 *
 * @param value the weak tag as sent, {@code null} when the page gets none
 */
record DashboardEntityTag(String value) {

	/** Where the session keeps its CSRF token (Spring Security's default repository). */
	private static final String SESSION_TOKEN = HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN");

	private static final DashboardEntityTag NONE = new DashboardEntityTag(null);

	static DashboardEntityTag of(SharedFragments.Rendered shared, Principal signedIn, Object principal, long cartUnits,
			HttpServletRequest request, Model model) {
		Map<String, ?> notices = RequestContextUtils.getInputFlashMap(request);
		if ((notices != null && !notices.isEmpty()) || model.containsAttribute("problem")
				|| model.containsAttribute("notice")) {
			return NONE;
		}
		String token = "";
		if (signedIn != null) {
			HttpSession session = request.getSession(false);
			Object saved = (session != null) ? session.getAttribute(SESSION_TOKEN) : null;
			if (!(saved instanceof CsrfToken csrf)) {
				return NONE;
			}
			token = csrf.getToken();
		}
		MessageDigest digest = sha256();
		for (String part : new String[] { shared.fingerprint(), (signedIn != null) ? signedIn.getName() : "",
				(principal != null) ? principal.getClass().getName() : "", Long.toString(cartUnits), token }) {
			digest.update(part.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return new DashboardEntityTag("W/\"d-"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27) + "\"");
	}

	boolean isKnown() {
		return this.value != null;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
