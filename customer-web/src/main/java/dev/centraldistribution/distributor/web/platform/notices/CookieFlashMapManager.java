package dev.centraldistribution.distributor.web.platform.notices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Keeps flash attributes (the notice or problem a page shows after a redirect) in a
 * cookie rather than in the session. With sessions in the database, Spring's
 * session-backed manager wrote the session after every redirect and again on the page
 * that showed the notice, and a client that does not follow redirects piled flash maps up
 * in its session for minutes, every one read and rewritten on each request.
 * <p>
 * Only text travels: flash attributes must be strings (the shop's notices are), anything
 * else is a programming error. The cookie is HttpOnly and SameSite=Lax; it is not signed,
 * so a customer can forge a notice shown only to themselves, as text (templates escape
 * it). A cookie that cannot be read counts as no notice.
 */
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "FLASH";

	/** The flash maps as updated by this request, which later reads must see. */
	private static final String CURRENT = CookieFlashMapManager.class.getName() + ".CURRENT";

	private final FlashCookieCodec codec;

	CookieFlashMapManager(FlashCookieCodec codec) {
		this.codec = codec;
	}

	@Override
	@SuppressWarnings("unchecked")
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Object current = request.getAttribute(CURRENT);
		if (current != null) {
			return new ArrayList<>((List<FlashMap>) current);
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return (cookie != null) ? this.codec.decode(cookie.getValue()) : null;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		List<FlashMap> kept = this.codec.fitting(flashMaps);
		request.setAttribute(CURRENT, kept);
		String value = kept.isEmpty() ? "" : this.codec.encode(kept);
		Duration maxAge = kept.isEmpty() ? Duration.ZERO : Duration.ofSeconds(getFlashMapTimeout());
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(pathOf(request))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** No lock: each request reads and writes its own cookie. */
	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		return null;
	}

	private static String pathOf(HttpServletRequest request) {
		String contextPath = request.getContextPath();
		return contextPath.isEmpty() ? "/" : contextPath;
	}

}
