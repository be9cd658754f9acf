package dev.centraldistribution.distributor.web.dashboard;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's live updates as server-sent events: {@code event: stock} with
 * {@code data: [{"offering":12,"available":7},…]} whenever offerings' quantities change
 * on any instance. Returning the emitter releases the request thread; events are written
 * later by {@link DashboardSubscribers}' own threads. Refused with 503 when the instance
 * serves all the streams it may, with 429 when this session or client address holds all
 * it may.
 */
@Controller
class DashboardUpdatesController {

	private final DashboardSubscribers subscribers;

	DashboardUpdatesController(DashboardSubscribers subscribers) {
		this.subscribers = subscribers;
	}

	@GetMapping(path = "/dashboard/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> updates(HttpServletRequest request, Principal customer) {
		HttpSession session = request.getSession(false);
		return this.subscribers
			.subscribe((session != null) ? session.getId() : "customer:" + customer.getName(), request.getRemoteAddr())
			.toResponse();
	}

}
