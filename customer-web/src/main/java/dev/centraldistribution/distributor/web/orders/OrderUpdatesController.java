package dev.centraldistribution.distributor.web.orders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A customer's order changes as server-sent events: {@code event: order} with the order's
 * id as data, whenever one of <em>their</em> orders changes on any instance; the page
 * then fetches that order's card ({@code /orders/{id}/card}). Refused with 503 when the
 * instance serves all the streams it may, with 429 when this session or client address
 * holds all it may; 401 when signed out (security).
 */
@Controller
class OrderUpdatesController {

	private final OrderSubscribers subscribers;

	OrderUpdatesController(OrderSubscribers subscribers) {
		this.subscribers = subscribers;
	}

	@GetMapping(path = "/orders/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> updates(HttpServletRequest request,
			@AuthenticationPrincipal AuthenticatedCustomer customer) {
		if (customer == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		HttpSession session = request.getSession(false);
		return this.subscribers
			.subscribe(customer.id(), (session != null) ? session.getId() : "customer:" + customer.id(),
					request.getRemoteAddr())
			.toResponse();
	}

}
