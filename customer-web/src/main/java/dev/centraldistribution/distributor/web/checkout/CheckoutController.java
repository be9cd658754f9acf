package dev.centraldistribution.distributor.web.checkout;

import java.util.Optional;

import dev.centraldistribution.distributor.cart.FitCartToStock;
import dev.centraldistribution.distributor.checkout.CheckoutMode;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Changed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Refused;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import dev.centraldistribution.distributor.checkout.CheckoutRefusal;
import dev.centraldistribution.distributor.checkout.CheckoutSummary;
import dev.centraldistribution.distributor.checkout.CheckoutToken;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout: the summary (GET) issues a checkout token; submitting it (POST) places the
 * order once, however often it is sent, then redirects to the order.
 */
@Controller
class CheckoutController {

	private static final String NOTICE = "notice";

	private static final String PROBLEM = "problem";

	private static final String DECLINED = "declined";

	private final StartCheckout startCheckout;

	private final PlaceOrder placeOrder;

	private final FitCartToStock fitCartToStock;

	CheckoutController(StartCheckout startCheckout, PlaceOrder placeOrder, FitCartToStock fitCartToStock) {
		this.startCheckout = startCheckout;
		this.placeOrder = placeOrder;
		this.fitCartToStock = fitCartToStock;
	}

	@GetMapping("/checkout")
	ModelAndView summary(@AuthenticationPrincipal AuthenticatedCustomer customer, RedirectAttributes redirect) {
		CheckoutSummary summary = this.startCheckout.start(idOf(customer));
		if (summary.cart().isEmpty()) {
			redirect.addFlashAttribute(NOTICE, "Your cart is empty: add something from the dashboard first.");
			return new ModelAndView("redirect:/cart");
		}
		return new ModelAndView("checkout/index").addObject("summary", summary);
	}

	/**
	 * The form that buys what is available of the cart: shown, with its total, before
	 * anything is charged.
	 */
	@GetMapping("/checkout/available")
	ModelAndView availableSummary(@AuthenticationPrincipal AuthenticatedCustomer customer,
			RedirectAttributes redirect) {
		CheckoutSummary summary = this.startCheckout.start(idOf(customer), CheckoutMode.AVAILABLE_ONLY);
		if (summary.cart().isEmpty()) {
			redirect.addFlashAttribute(PROBLEM, "Everything in your cart is sold out: there is nothing to buy.");
			return new ModelAndView("redirect:/cart");
		}
		return new ModelAndView("checkout/index").addObject("summary", summary);
	}

	@PostMapping("/checkout")
	ModelAndView place(@AuthenticationPrincipal AuthenticatedCustomer customer, @ModelAttribute CheckoutForm form,
			RedirectAttributes redirect) {
		CustomerId id = idOf(customer);
		Optional<CheckoutToken> token = CheckoutToken.parse(form.token());
		if (token.isEmpty()) {
			return notRecognised();
		}
		CheckoutOutcome outcome = this.placeOrder.place(id, token.get());
		if (outcome instanceof Placed placed) {
			redirect.addFlashAttribute(NOTICE,
					placed.repeated() ? "This order was placed already, once." : "Thank you! Your order is placed.");
			return new ModelAndView("redirect:/orders/" + placed.order());
		}
		if (outcome instanceof Changed changed) {
			return new ModelAndView("checkout/changed", HttpStatus.CONFLICT).addObject("changes", changed.changes())
				.addObject("summary", this.startCheckout.start(id, changed.mode()));
		}
		if (outcome instanceof ShortOfStock shortage) {
			return new ModelAndView("checkout/shortage", HttpStatus.CONFLICT).addObject("shortage", shortage);
		}
		Refused refused = (Refused) outcome;
		if (refused.reason() == CheckoutRefusal.TOKEN_NOT_RECOGNISED) {
			return notRecognised();
		}
		redirect.addFlashAttribute(PROBLEM, CheckoutMessages.describe(refused));
		if (refused.reason() == CheckoutRefusal.PAYMENT_DECLINED) {
			// The summary then offers another card rather than "Paid with" the declined
			// one.
			redirect.addFlashAttribute(DECLINED, "true");
		}
		boolean backToCart = refused.reason() == CheckoutRefusal.EMPTY_CART
				|| refused.reason() == CheckoutRefusal.NOTHING_AVAILABLE;
		return new ModelAndView(backToCart ? "redirect:/cart" : "redirect:/checkout");
	}

	@PostMapping("/checkout/fit-cart")
	String fitCartAndReturn(@AuthenticationPrincipal AuthenticatedCustomer customer, RedirectAttributes redirect) {
		this.fitCartToStock.fit(idOf(customer));
		redirect.addFlashAttribute(NOTICE,
				"We took the sold-out products out of your cart and lowered the rest to what is left.");
		return "redirect:/dashboard";
	}

	private static ModelAndView notRecognised() {
		return new ModelAndView("checkout/refused", HttpStatus.BAD_REQUEST).addObject(PROBLEM,
				"This checkout form is not valid. Please review your order and confirm it again.");
	}

	private static CustomerId idOf(AuthenticatedCustomer customer) {
		if (customer == null) {
			throw new AccessDeniedException("Only signed-in customers check out");
		}
		return customer.id();
	}

}
