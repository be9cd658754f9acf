package dev.centraldistribution.distributor.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether a request's address is one of the shop's pages (a controller method answers
 * it), so that an anonymous visitor of an address that is no page hears "not found"
 * rather than "sign in first". Everything stays closed by default: a page is only public
 * when the security configuration says so.
 */
@Component
class PagesThatExist implements RequestMatcher {

	private final ObjectProvider<HandlerMapping> controllers;

	PagesThatExist(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
		this.controllers = controllers;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		if (!(previous instanceof RequestPath)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return this.controllers.getObject().getHandler(request) != null;
		}
		catch (Exception ex) {
			// A page that does not take this method or content type: it exists.
			return true;
		}
		finally {
			if (!(previous instanceof RequestPath)) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
