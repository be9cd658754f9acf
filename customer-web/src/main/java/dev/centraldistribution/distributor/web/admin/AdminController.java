package dev.centraldistribution.distributor.web.admin;

import java.time.Clock;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease.NotHeld;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease.ProposalChanged;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease.Released;
import dev.centraldistribution.distributor.catalog.PriceHolds;
import dev.centraldistribution.distributor.catalog.ReleasePriceHold;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.payments.PaymentCircuitBreaker;
import dev.centraldistribution.distributor.web.MoneyFormat;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's entry page: what is being sold and how fast (refreshed in place
 * every few seconds), the outbox, the sales cycles; who is signed in, where the metrics
 * are, whether this instance's payment circuit is closed, how many messages wait for
 * unlisted manufacturers, and the offerings held off sale because their manufacturer
 * raised a price beyond {@code distributor.catalog.max-price-rise}, each with a button
 * that releases the new price.
 */
@Controller
class AdminController {

	/** Held offerings listed at most, longest held first; the page gives the total. */
	static final int HOLDS_SHOWN = 100;

	static final String PROBLEM = "priceHoldProblem";

	private final PriceHolds holds;

	private final ReleasePriceHold releasePriceHold;

	private final MoneyFormat money;

	private final PaymentCircuitBreaker payments;

	private final Outbox outbox;

	private final OverviewBoard overview;

	private final Clock clock;

	AdminController(PriceHolds holds, ReleasePriceHold releasePriceHold, MoneyFormat money,
			PaymentCircuitBreaker payments, Outbox outbox, OverviewBoard overview, Clock clock) {
		this.holds = holds;
		this.releasePriceHold = releasePriceHold;
		this.money = money;
		this.payments = payments;
		this.outbox = outbox;
		this.overview = overview;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String console(@AuthenticationPrincipal AuthenticatedOperator operator, Model model) {
		model.addAttribute("operator", operator);
		model.addAttribute("overview", this.overview.now(this.clock.instant()));
		model.addAttribute("priceHolds", this.holds.oldest(HOLDS_SHOWN));
		model.addAttribute("priceHoldCount", this.holds.count());
		model.addAttribute("paymentCircuit", this.payments.state());
		model.addAttribute("heldMessages", this.outbox.held());
		return "admin/index";
	}

	/**
	 * The overview's live figures and charts alone, which the page asks for again every
	 * few seconds (htmx) and swaps in place.
	 */
	@GetMapping("/admin/live")
	String live(Model model) {
		model.addAttribute("overview", this.overview.now(this.clock.instant()));
		return "admin/live :: live";
	}

	@PostMapping("/admin/price-holds/{offering}/release")
	String release(@PathVariable long offering, @RequestParam long proposedPriceCents, RedirectAttributes redirect) {
		if (offering <= 0) {
			redirect.addFlashAttribute(PROBLEM, "That offering's price is not held.");
			return "redirect:/admin";
		}
		PriceHoldRelease release = this.releasePriceHold.release(new OfferingId(offering), proposedPriceCents);
		if (release instanceof Released released) {
			redirect.addFlashAttribute("notice",
					"Offering " + offering + " sells at "
							+ this.money.format(released.unitPriceCents(), released.currency())
							+ (released.onSale() ? " from now on." : " once its manufacturer is alive again."));
		}
		else if (release instanceof ProposalChanged changed) {
			redirect.addFlashAttribute(PROBLEM,
					"The manufacturer asked another price for offering " + offering + " since: "
							+ this.money.format(changed.proposedPriceCents(), changed.proposedCurrency())
							+ ". Nothing was released; look again.");
		}
		else if (release instanceof NotHeld) {
			redirect.addFlashAttribute(PROBLEM,
					"Offering " + offering + " is not held any more: nothing was released.");
		}
		return "redirect:/admin";
	}

}
