package dev.centraldistribution.distributor.web.admin;

import java.time.Clock;

import dev.centraldistribution.distributor.catalog.PauseSelling;
import dev.centraldistribution.distributor.catalog.ResumeSelling;
import dev.centraldistribution.distributor.catalog.SellingChange;
import dev.centraldistribution.distributor.sync.PullNow;
import dev.centraldistribution.distributor.sync.PullRequest;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's manufacturers page: each manufacturer's state, pulls, sales and answers,
 * with buttons to pull it now and to pause or resume the sale of its goods. Every action
 * is logged by its use case with the operator's e-mail address.
 */
@Controller
class ManufacturersController {

	static final String PAGE = "/admin/manufacturers";

	static final String PROBLEM = "manufacturerProblem";

	private final ManufacturerBoard board;

	private final PullNow pullNow;

	private final PauseSelling pauseSelling;

	private final ResumeSelling resumeSelling;

	private final Clock clock;

	ManufacturersController(ManufacturerBoard board, PullNow pullNow, PauseSelling pauseSelling,
			ResumeSelling resumeSelling, Clock clock) {
		this.board = board;
		this.pullNow = pullNow;
		this.pauseSelling = pauseSelling;
		this.resumeSelling = resumeSelling;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String manufacturers(Model model) {
		model.addAttribute("manufacturers", this.board.rows(this.clock.instant()));
		model.addAttribute("latencySample", ManufacturerBoard.LATENCY_SAMPLE);
		return "admin/manufacturers";
	}

	@PostMapping(PAGE + "/{code}/pull")
	String pull(@PathVariable String code, @AuthenticationPrincipal AuthenticatedOperator operator,
			RedirectAttributes redirect) {
		PullRequest request = this.pullNow.pull(code, operator.email());
		if (request instanceof PullRequest.Started) {
			redirect.addFlashAttribute("notice", "A pull of " + code + " started; reload to see how it went.");
		}
		else if (request instanceof PullRequest.Unlisted) {
			redirect.addFlashAttribute(PROBLEM, code + " is unlisted: it is not pulled until it is configured again.");
		}
		else {
			redirect.addFlashAttribute(PROBLEM, "No manufacturer has the code " + code + ".");
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{code}/pause")
	String pause(@PathVariable String code, @AuthenticationPrincipal AuthenticatedOperator operator,
			RedirectAttributes redirect) {
		SellingChange change = this.pauseSelling.pause(code, operator.email(), this.clock.instant());
		if (change instanceof SellingChange.Paused paused) {
			redirect.addFlashAttribute("notice", "Selling " + code + " is paused: " + paused.offeringsTakenOff()
					+ " offering(s) taken off sale. Their stock and books stay.");
		}
		else {
			redirect.addFlashAttribute(PROBLEM, "No manufacturer has the code " + code + ".");
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{code}/resume")
	String resume(@PathVariable String code, @AuthenticationPrincipal AuthenticatedOperator operator,
			RedirectAttributes redirect) {
		SellingChange change = this.resumeSelling.resume(code, operator.email());
		if (change instanceof SellingChange.Resumed resumed) {
			redirect.addFlashAttribute("notice", "Selling " + code + " resumed: " + resumed.offeringsBackOnSale()
					+ " offering(s) back on sale" + (resumed.sellable() ? "." : "; the rest once it is alive again."));
		}
		else {
			redirect.addFlashAttribute(PROBLEM, "No manufacturer has the code " + code + ".");
		}
		return "redirect:" + PAGE;
	}

}
