package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.confirmations.MessageTrail;
import dev.centraldistribution.distributor.confirmations.SubOrderMessages;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderSearch;
import dev.centraldistribution.distributor.orders.OrderSummary;
import dev.centraldistribution.distributor.orders.SubOrderSummary;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's "Send again" on a dead letter of an order (a purchase or a cancellation
 * its courier gave up on): back in the outbox's queue, tried again from its first attempt
 * under its own message id, so that the manufacturer still applies it once. Only a
 * message of the order whose page it is on.
 */
@Controller
class DeadLettersController {

	private final OrderSearch orders;

	private final SubOrderMessages messages;

	private final Outbox outbox;

	DeadLettersController(OrderSearch orders, SubOrderMessages messages, Outbox outbox) {
		this.orders = orders;
		this.messages = messages;
		this.outbox = outbox;
	}

	@PostMapping(ConsoleOrdersController.PAGE + "/{order}/messages/{messageId}/send-again")
	String sendAgain(@PathVariable String order, @PathVariable String messageId,
			@AuthenticationPrincipal AuthenticatedOperator operator, RedirectAttributes redirect) {
		OrderSummary found = OrderId.parse(order)
			.flatMap(this.orders::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean ofThisOrder = this.messages.of(found.subOrders().stream().map(SubOrderSummary::id).toList())
			.values()
			.stream()
			.anyMatch((trail) -> isOf(trail, messageId));
		if (!ofThisOrder) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (this.outbox.sendDeadLetterAgain(messageId, operator.email())) {
			redirect.addFlashAttribute("messageNotice",
					messageId + " is queued again: the relay sends it under its own message id.");
		}
		else {
			redirect.addFlashAttribute("messageProblem", messageId + " is not a dead letter (any more).");
		}
		return "redirect:" + ConsoleOrdersController.PAGE + "/" + found.id();
	}

	private static boolean isOf(MessageTrail trail, String messageId) {
		return messageId.equals(trail.purchaseMessageId()) || messageId.equals(trail.cancellationMessageId());
	}

}
