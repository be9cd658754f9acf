package dev.centraldistribution.distributor.web.security;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Throttles, per client address, the answers that an e-mail address is already in use
 * (sign-up, change of e-mail address). Without e-mail confirmation, sign-up cannot hide
 * that an account exists (it either opens one and signs in, or does not); it can make
 * finding out who is a customer slow. While an address waits, every sign-up and change of
 * e-mail address from it is refused alike, whether the address asked for is in use or
 * not, so the refusal reveals nothing either.
 */
@Component
public class TakenAddressAnswers {

	private final SignInThrottle throttle;

	private final Clock clock;

	TakenAddressAnswers(SignInThrottle throttle, ObjectProvider<Clock> clock) {
		this.throttle = throttle;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Why this client may not be told now whether an address is in use.
	 * @param request the request, for the client's address
	 * @return a message a customer may read, empty when the form may be answered
	 */
	public Optional<String> refusal(HttpServletRequest request) {
		return this.throttle.takenAnswerRefusal(request.getRemoteAddr(), this.clock.instant())
			.map((wait) -> "Too many attempts from your network. Try again in " + Waits.describe(wait) + ".");
	}

	/** Counts an answer that an address is in use. */
	public void answered(HttpServletRequest request) {
		this.throttle.answeredTaken(request.getRemoteAddr(), this.clock.instant());
	}

}
