package dev.centraldistribution.distributor.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.confirmations.SubOrderMessages;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.messaging.DeadLetters;
import dev.centraldistribution.distributor.orders.OrderCriteria;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderSearch;
import dev.centraldistribution.distributor.orders.OrderSearchPage;
import dev.centraldistribution.distributor.orders.OrderSummary;
import dev.centraldistribution.distributor.orders.SubOrderSummary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's orders: every customer's, newest first, by status or past the
 * acknowledgement deadline, looked up by number or by the customer's e-mail address; and
 * one order with its parts, their lines and timelines, and the messages about each part
 * (sent, confirmed by the broker, answered). Read-only: nothing here changes an order.
 */
@Controller
class ConsoleOrdersController {

	static final String PAGE = "/admin/orders";

	static final int PAGE_SIZE = 25;

	/** An order number as the operator may type it: digits, perhaps after a '#'. */
	private static final Pattern ORDER_NUMBER = Pattern.compile("#?\\s*\\d{1,19}");

	private final OrderSearch orders;

	private final CustomerDirectory customers;

	private final SubOrderMessages messages;

	private final DeadLetters deadLetters;

	ConsoleOrdersController(OrderSearch orders, CustomerDirectory customers, SubOrderMessages messages,
			DeadLetters deadLetters) {
		this.orders = orders;
		this.customers = customers;
		this.messages = messages;
		this.deadLetters = deadLetters;
	}

	@GetMapping(PAGE)
	String orders(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model) {
		OrderFilter filter = OrderFilter.of(status);
		String search = (q != null) ? q.strip() : "";
		model.addAttribute("filter", filter);
		model.addAttribute("filters", OrderFilter.CHOICES);
		model.addAttribute("q", search);
		model.addAttribute("labels", new StatusLabels());
		CustomerId customer = null;
		if (!search.isEmpty()) {
			if (ORDER_NUMBER.matcher(search).matches()) {
				Optional<OrderId> number = OrderId.parse(search.replace("#", "").strip());
				if (number.isPresent() && this.orders.find(number.get()).isPresent()) {
					return "redirect:" + PAGE + "/" + number.get();
				}
				return nothingFound(model, "No order has the number " + search.replace("#", "").strip() + ".");
			}
			if (!search.contains("@")) {
				return nothingFound(model, "Type an order number, or a customer's whole e-mail address (in any case).");
			}
			Optional<Customer> found = this.customers.findByEmail(search);
			if (found.isEmpty()) {
				return nothingFound(model, "No customer has the e-mail address " + search + ".");
			}
			customer = found.get().id();
		}
		int number = Math.min(pageNumber(page), OrderSearch.MAX_PAGE);
		OrderCriteria criteria = filter.criteria(customer);
		OrderSearchPage found = this.orders.search(criteria, number, PAGE_SIZE);
		model.addAttribute("orders", found);
		model.addAttribute("emails",
				this.customers.emailsOf(found.orders().stream().map(OrderSummary::customer).distinct().toList()));
		return "admin/orders";
	}

	@GetMapping(PAGE + "/{order}")
	String order(@PathVariable String order, Model model) {
		OrderSummary found = OrderId.parse(order)
			.flatMap(this.orders::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String> waiting = found.subOrders()
			.stream()
			.filter((subOrder) -> subOrder.status().waitsForAnswer())
			.map(SubOrderSummary::manufacturerCode)
			.toList();
		model.addAttribute("order", found);
		model.addAttribute("email", this.customers.find(found.customer()).map(Customer::email).orElse("?"));
		model.addAttribute("trails", this.messages.of(found.subOrders().stream().map(SubOrderSummary::id).toList()));
		model.addAttribute("deadLetters", waiting.isEmpty() ? Map.of() : this.deadLetters.perManufacturer(waiting));
		model.addAttribute("labels", new StatusLabels());
		return "admin/order";
	}

	private static String nothingFound(Model model, String problem) {
		model.addAttribute("searchProblem", problem);
		model.addAttribute("orders", new OrderSearchPage(List.of(), 0, PAGE_SIZE, false));
		model.addAttribute("emails", Map.of());
		return "admin/orders";
	}

	/**
	 * The zero-based page a one-based parameter asks for; nonsense asks for the first.
	 */
	private static int pageNumber(String page) {
		if (page == null || page.isEmpty() || page.length() > 6
				|| !page.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.max(1, Integer.parseInt(page)) - 1;
	}

}
