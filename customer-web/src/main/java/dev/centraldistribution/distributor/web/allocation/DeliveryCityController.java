package dev.centraldistribution.distributor.web.allocation;

import java.util.Optional;

import dev.centraldistribution.distributor.allocation.City;
import dev.centraldistribution.distributor.allocation.DeliveryCities;
import dev.centraldistribution.distributor.customers.DeliveryCity;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page's delivery city: one of the built-in list, or nothing is saved. */
@Controller
class DeliveryCityController {

	private final DeliveryCities cities;

	private final DeliveryCity deliveryCity;

	DeliveryCityController(DeliveryCities cities, DeliveryCity deliveryCity) {
		this.cities = cities;
		this.deliveryCity = deliveryCity;
	}

	@PostMapping("/account/delivery-city")
	String choose(@AuthenticationPrincipal AuthenticatedCustomer customer, @RequestParam(required = false) String city,
			RedirectAttributes redirect) {
		if (customer == null) {
			throw new AccessDeniedException("Only signed-in customers have a delivery city");
		}
		Optional<City> chosen = this.cities.find(city);
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("cityProblem", "Choose a delivery city from the list.");
		}
		else {
			this.deliveryCity.choose(customer.id(), chosen.get().label());
			redirect.addFlashAttribute("notice", "Goods go to " + chosen.get().label() + " from now on.");
		}
		return "redirect:/account";
	}

}
