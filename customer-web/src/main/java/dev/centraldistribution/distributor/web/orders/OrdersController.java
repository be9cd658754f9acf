package dev.centraldistribution.distributor.web.orders;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderHistoryPage;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderSummary;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A customer's orders. An order that is not the customer's is not found, exactly like one
 * that does not exist.
 */
@Controller
class OrdersController {

	static final int PAGE_SIZE = 10;

	private final OrderHistory history;

	OrdersController(OrderHistory history) {
		this.history = history;
	}

	@GetMapping("/orders")
	String orders(@AuthenticationPrincipal AuthenticatedCustomer customer, @RequestParam(required = false) String page,
			Model model) {
		CustomerId id = idOf(customer);
		OrderHistoryPage orders = this.history.ordersOf(id, pageNumber(page) - 1, PAGE_SIZE);
		if (orders.isEmpty() && orders.page() > 0 && orders.totalOrders() > 0) {
			orders = this.history.ordersOf(id, orders.totalPages() - 1, PAGE_SIZE);
		}
		model.addAttribute("orders", orders);
		return "orders/index";
	}

	@GetMapping("/orders/{order}")
	String order(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String order, Model model) {
		OrderSummary found = OrderId.parse(order)
			.flatMap((id) -> this.history.find(idOf(customer), id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("order", found);
		return "orders/detail";
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
