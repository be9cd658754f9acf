package dev.centraldistribution.distributor.web.cart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.cart.CartLineId;
import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.cart.ChangeCartQuantity;
import dev.centraldistribution.distributor.cart.CountCartUnits;
import dev.centraldistribution.distributor.cart.FitCartToStock;
import dev.centraldistribution.distributor.cart.RemoveFromCart;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart page and its forms. Every change answers with a redirect and a message.
 */
@Controller
class CartController {

	private final ViewCart viewCart;

	private final AddToCart addToCart;

	private final ChangeCartQuantity changeQuantity;

	private final RemoveFromCart removeFromCart;

	private final FitCartToStock fitCartToStock;

	private final CartProperties limits;

	private final CartMessages messages;

	private final CountCartUnits countUnits;

	CartController(ViewCart viewCart, AddToCart addToCart, ChangeCartQuantity changeQuantity,
			RemoveFromCart removeFromCart, FitCartToStock fitCartToStock, CartProperties limits,
			CountCartUnits countUnits) {
		this.countUnits = countUnits;
		this.viewCart = viewCart;
		this.addToCart = addToCart;
		this.changeQuantity = changeQuantity;
		this.removeFromCart = removeFromCart;
		this.fitCartToStock = fitCartToStock;
		this.limits = limits;
		this.messages = new CartMessages(limits);
	}

	@GetMapping("/cart")
	String cart(@AuthenticationPrincipal AuthenticatedCustomer customer, Model model) {
		model.addAttribute("cart", this.viewCart.of(idOf(customer)));
		model.addAttribute("maxQuantityPerLine", this.limits.maxQuantityPerLine());
		return "cart/index";
	}

	/**
	 * "Add" on the dashboard through htmx: the page stays where it is and swaps in the
	 * notice and the header's new count ({@code cart/added.html}). Without JavaScript the
	 * same form is posted plainly and answered by {@link #add}.
	 */
	@PostMapping(path = "/cart/lines", headers = "HX-Request=true")
	String addInPlace(@AuthenticationPrincipal AuthenticatedCustomer customer, @ModelAttribute AddToCartForm form,
			Model model) {
		Map<String, String> told = new LinkedHashMap<>();
		addLine(customer, form, told::put);
		model.addAllAttributes(told);
		model.addAttribute("cartUnits", this.countUnits.of(idOf(customer)));
		return "cart/added :: feedback";
	}

	@PostMapping("/cart/lines")
	String add(@AuthenticationPrincipal AuthenticatedCustomer customer, @ModelAttribute AddToCartForm form,
			RedirectAttributes redirect) {
		addLine(customer, form, redirect::addFlashAttribute);
		return "redirect:" + DashboardReturn.to(form.returnTo());
	}

	private void addLine(AuthenticatedCustomer customer, AddToCartForm form, BiConsumer<String, String> tell) {
		Optional<OfferingId> offering = FormNumber.offering(form.offering());
		OptionalInt quantity = FormNumber.quantity(form.quantity());
		if (offering.isEmpty()) {
			tell.accept(CartMessages.PROBLEM, "That product is not on offer.");
		}
		else if (quantity.isEmpty()) {
			tell.accept(CartMessages.PROBLEM, this.messages.quantityNotANumber());
		}
		else {
			CartChange change = this.addToCart.add(idOf(customer), offering.get(), quantity.getAsInt());
			this.messages.tell(tell, change, CartMessages::added);
		}
	}

	@PostMapping("/cart/lines/{line}")
	String change(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String line,
			@RequestParam(required = false) String quantity, RedirectAttributes redirect) {
		Optional<CartLineId> lineId = CartLineId.parse(line);
		OptionalInt units = FormNumber.quantity(quantity);
		if (lineId.isEmpty()) {
			redirect.addFlashAttribute(CartMessages.PROBLEM, "That product is no longer in your cart.");
		}
		else if (units.isEmpty()) {
			redirect.addFlashAttribute(CartMessages.PROBLEM, this.messages.quantityNotANumber());
		}
		else {
			CartChange change = this.changeQuantity.change(idOf(customer), lineId.get(), units.getAsInt());
			this.messages.tell(redirect, change, CartMessages::changed);
		}
		return "redirect:/cart";
	}

	@PostMapping("/cart/lines/{line}/remove")
	String remove(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String line,
			RedirectAttributes redirect) {
		Optional<CartLineId> lineId = CartLineId.parse(line);
		if (lineId.isEmpty()) {
			redirect.addFlashAttribute(CartMessages.PROBLEM, "That product is no longer in your cart.");
		}
		else {
			CartChange change = this.removeFromCart.remove(idOf(customer), lineId.get());
			this.messages.tell(redirect, change, CartMessages::removed);
		}
		return "redirect:/cart";
	}

	@PostMapping("/cart/fit")
	String fit(@AuthenticationPrincipal AuthenticatedCustomer customer, RedirectAttributes redirect) {
		this.fitCartToStock.fit(idOf(customer));
		redirect.addFlashAttribute(CartMessages.NOTICE,
				"Your cart now holds only what is available: sold-out products are out, the rest lowered to what is left.");
		return "redirect:/cart";
	}

	static CustomerId idOf(AuthenticatedCustomer customer) {
		if (customer == null) {
			throw new AccessDeniedException("Only signed-in customers have a cart");
		}
		return customer.id();
	}

}
