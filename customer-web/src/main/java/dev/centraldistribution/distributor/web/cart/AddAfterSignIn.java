package dev.centraldistribution.distributor.web.cart;

import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.web.security.AfterSignIn;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Add" pressed by a visitor who had not signed in: the dashboard sent them to sign in
 * (or up) with the offering ({@code add}), the quantity and the dashboard page they were
 * on ({@code continue}); once they have, the product goes into their cart and they are
 * back on that page, told what happened. This runs inside the sign-in or sign-up form's
 * submission, which carries a CSRF token, so another site cannot add to anyone's cart
 * through it; the page to return to is only ever a dashboard page
 * ({@link DashboardReturn}).
 */
@Component
class AddAfterSignIn implements AfterSignIn {

	private final AddToCart addToCart;

	private final CartMessages messages;

	private final FlashMapManager flashMaps;

	AddAfterSignIn(AddToCart addToCart, CartProperties limits, FlashMapManager flashMaps) {
		this.addToCart = addToCart;
		this.messages = new CartMessages(limits);
		this.flashMaps = flashMaps;
	}

	@Override
	public Optional<String> carryOn(AuthenticatedCustomer customer, HttpServletRequest request,
			HttpServletResponse response) {
		String add = request.getParameter("add");
		if (add == null) {
			return Optional.empty();
		}
		String next = DashboardReturn.to(request.getParameter("continue"));
		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(next).build().getPath());
		Optional<OfferingId> offering = FormNumber.offering(add);
		OptionalInt quantity = FormNumber.quantity(request.getParameter("quantity"));
		if (offering.isEmpty()) {
			flash.put(CartMessages.PROBLEM, "That product is not on offer.");
		}
		else if (quantity.isEmpty()) {
			flash.put(CartMessages.PROBLEM, this.messages.quantityNotANumber());
		}
		else {
			this.messages.tell(flash::put, this.addToCart.add(customer.id(), offering.get(), quantity.getAsInt()),
					CartMessages::added);
		}
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		return Optional.of(next);
	}

}
