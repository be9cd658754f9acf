package dev.centraldistribution.distributor.web.orders;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.CancellationOutcome;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderHistoryPage;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.OrderSummary;
import dev.centraldistribution.distributor.orders.RequestCancellation;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's orders. An order that is not the customer's is not found, exactly like one
 * that does not exist.
 */
@Controller
class OrdersController {

	static final int PAGE_SIZE = 10;

	private static final String NOTICE = "notice";

	/** A refusal, shown as a warning on the order's page rather than as a notice. */
	static final String TOO_LATE = "cancelTooLate";

	private final OrderHistory history;

	private final RequestCancellation cancellation;

	OrdersController(OrderHistory history, RequestCancellation cancellation) {
		this.history = history;
		this.cancellation = cancellation;
	}

	@GetMapping("/orders")
	String orders(@AuthenticationPrincipal AuthenticatedCustomer customer, @RequestParam(required = false) String page,
			@RequestParam(required = false) String status, Model model) {
		CustomerId id = idOf(customer);
		OrderStatus filter = statusFilter(status);
		OrderHistoryPage orders = this.history.ordersOf(id, filter, pageNumber(page) - 1, PAGE_SIZE);
		if (orders.isEmpty() && orders.page() > 0 && orders.totalOrders() > 0) {
			orders = this.history.ordersOf(id, filter, orders.totalPages() - 1, PAGE_SIZE);
		}
		model.addAttribute("orders", orders);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", OrderStatus.values());
		return "orders/index";
	}

	@GetMapping("/orders/{order}")
	String order(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String order, Model model) {
		model.addAttribute("order", find(customer, order));
		return "orders/detail";
	}

	/**
	 * The order's card alone, which its page and the history fetch again (htmx) when the
	 * stream {@code /orders/updates} says the order changed, to follow it without a
	 * reload.
	 */
	@GetMapping("/orders/{order}/card")
	String card(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String order, Model model) {
		model.addAttribute("order", find(customer, order));
		return "orders/order :: order(order=${order})";
	}

	/**
	 * Cancels the order, or one part of it ({@code part}, a sub-order id), and says so on
	 * the order's page; the manufacturer's answer and the refund follow there.
	 */
	@PostMapping("/orders/{order}/cancel")
	String cancel(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String order,
			@RequestParam(required = false) String part, RedirectAttributes redirect) {
		OrderId id = OrderId.parse(order).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SubOrderId subOrder = null;
		if (part != null) {
			subOrder = OrderId.parse(part)
				.map((parsed) -> new SubOrderId(parsed.value()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		CancellationOutcome outcome = this.cancellation.request(idOf(customer), id, subOrder);
		if (outcome instanceof CancellationOutcome.NotFound) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (outcome instanceof CancellationOutcome.TooLate) {
			redirect.addFlashAttribute(TOO_LATE, "Too late to cancel: it has shipped already.");
		}
		else {
			redirect.addFlashAttribute(NOTICE, notice(outcome));
		}
		return "redirect:/orders/" + id;
	}

	private static String notice(CancellationOutcome outcome) {
		if (outcome instanceof CancellationOutcome.Requested) {
			return "Cancellation requested. The manufacturer confirms it shortly; your refund follows.";
		}
		return "You asked to cancel this already.";
	}

	private OrderSummary find(AuthenticatedCustomer customer, String order) {
		return OrderId.parse(order)
			.flatMap((id) -> this.history.find(idOf(customer), id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The status asked for; nonsense or nothing asks for every order. */
	private static OrderStatus statusFilter(String status) {
		if (status == null) {
			return null;
		}
		for (OrderStatus candidate : OrderStatus.values()) {
			if (candidate.name().equals(status)) {
				return candidate;
			}
		}
		return null;
	}

	/** The one-based page asked for; nonsense asks for the first. */
	private static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6
				|| !page.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

	private static CustomerId idOf(AuthenticatedCustomer customer) {
		if (customer == null) {
			throw new AccessDeniedException("Only signed-in customers have orders");
		}
		return customer.id();
	}

}
