package dev.centraldistribution.distributor.web.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decodes the request's parameters before anything else reads them, and answers 400 with
 * a plain message when Tomcat cannot ({@code ?q=%ff}: not UTF-8; too many parameters).
 * Left to the first reader (a controller binding, a security filter), Tomcat's
 * {@link InvalidParameterException} ended as a stack trace at ERROR for every such
 * request. The answer is written here, not by the error page, which would read the same
 * parameters again; it is logged as one DEBUG line.
 */
class UndecodableParameters extends OncePerRequestFilter {

	static final String MESSAGE = "This request's address or form has characters that are not valid UTF-8 "
			+ "(such as %ff), or too many parameters. Nothing was done.";

	private static final Logger logger = LoggerFactory.getLogger(UndecodableParameters.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			logger.debug("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
					request.getRemoteAddr(), ex.getMessage());
			refuse(response, ex.getErrorCode());
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, int errorCode) throws IOException {
		response.resetBuffer();
		response.setStatus((errorCode >= 400 && errorCode < 500) ? errorCode : HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
	}

}
