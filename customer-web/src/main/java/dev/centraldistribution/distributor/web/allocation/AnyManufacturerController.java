package dev.centraldistribution.distributor.web.allocation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.allocation.AllocatedLine;
import dev.centraldistribution.distributor.allocation.AllocationProperties;
import dev.centraldistribution.distributor.allocation.DeliveryCities;
import dev.centraldistribution.distributor.allocation.Proposal;
import dev.centraldistribution.distributor.allocation.ProposeAllocation;
import dev.centraldistribution.distributor.allocation.Strategy;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.customers.DeliveryCity;
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
 * "Buy from any manufacturer": a product's proposal page, and buying the proposal. The
 * purchase form carries the proposal it showed ({@link Proposal#signature()}); the
 * proposal is made again on submission, and only if it is the same are its lines put in
 * the cart and the customer sent to the checkout, which checks stock and prices once more
 * and takes the payment once. If stock or manufacturers moved in between, the page shows
 * the new proposal, its changed lines marked, to accept or not.
 */
@Controller
class AnyManufacturerController {

	static final String PATH = "/products/{sku}/any";

	private final ProposeAllocation proposals;

	private final DeliveryCities cities;

	private final AllocationProperties properties;

	private final AddToCart addToCart;

	private final DeliveryCity deliveryCity;

	AnyManufacturerController(ProposeAllocation proposals, DeliveryCities cities, AllocationProperties properties,
			AddToCart addToCart, DeliveryCity deliveryCity) {
		this.deliveryCity = deliveryCity;
		this.proposals = proposals;
		this.cities = cities;
		this.properties = properties;
		this.addToCart = addToCart;
	}

	@GetMapping(PATH)
	String proposal(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String sku,
			@RequestParam(required = false) String quantity, @RequestParam(required = false) String strategy,
			@RequestParam(required = false) String city, Model model) {
		ProposalForm form = ProposalForm.read(quantity, strategy, city, homeCity(customer), this.cities,
				this.properties);
		show(sku, form, null, model);
		return "allocation/proposal";
	}

	@PostMapping(PATH)
	String buy(@AuthenticationPrincipal AuthenticatedCustomer customer, @PathVariable String sku,
			@RequestParam(required = false) String quantity, @RequestParam(required = false) String strategy,
			@RequestParam(required = false) String city, @RequestParam(required = false) String proposal, Model model,
			RedirectAttributes redirect) {
		if (customer == null) {
			throw new AccessDeniedException("Only signed-in customers buy");
		}
		ProposalForm form = ProposalForm.read(quantity, strategy, city, homeCity(customer), this.cities,
				this.properties);
		Optional<Proposal> now = show(sku, form, proposal, model);
		if (now.isEmpty() || !form.complete() || !now.get().signature().equals(proposal)
				|| now.get().allocation().lines().isEmpty()) {
			if (now.isPresent() && form.complete() && !now.get().signature().equals(proposal)) {
				model.addAttribute("changed", true);
			}
			return "allocation/proposal";
		}
		for (AllocatedLine line : now.get().allocation().lines()) {
			CartChange change = this.addToCart.add(customer.id(), line.candidate().offering(),
					Math.toIntExact(line.quantity()));
			if (change instanceof CartChange.Refused) {
				model.addAttribute("problem", "Your cart could not take " + line.quantity() + " from "
						+ line.candidate().manufacturerName() + ": look at your cart before you check out.");
				return "allocation/proposal";
			}
		}
		redirect.addFlashAttribute("notice", "The proposal is in your cart: check it and pay once.");
		return "redirect:/checkout";
	}

	private Optional<Proposal> show(String sku, ProposalForm form, String seen, Model model) {
		if (sku.length() > 64) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("sku", sku);
		model.addAttribute("form", form);
		model.addAttribute("problem", form.problem());
		model.addAttribute("strategies", Strategy.values());
		model.addAttribute("cities", this.cities.all());
		model.addAttribute("maxQuantity", this.properties.maxQuantity());
		model.addAttribute("changed", false);
		model.addAttribute("seenLines", Set.of());
		if (!form.complete()) {
			String name = this.proposals.productName(sku)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			model.addAttribute("productName", name);
			return Optional.empty();
		}
		Proposal proposal = this.proposals.propose(sku, form.quantity(), form.strategy(), form.city())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("productName", proposal.productName());
		model.addAttribute("proposal", proposal);
		model.addAttribute("seenLines", seenLines(seen));
		return Optional.of(proposal);
	}

	/** The city on the customer's account, or the configured default. */
	private String homeCity(AuthenticatedCustomer customer) {
		return (customer != null) ? this.deliveryCity.of(customer.id()).orElse(this.properties.defaultCity())
				: this.properties.defaultCity();
	}

	/** The {@code offering:quantity} pairs of the proposal the customer saw, if any. */
	private static Set<String> seenLines(String seen) {
		if (seen == null || seen.isBlank() || seen.length() > 4_000) {
			return Set.of();
		}
		return Arrays.stream(seen.split(";")).collect(Collectors.toSet());
	}

}
