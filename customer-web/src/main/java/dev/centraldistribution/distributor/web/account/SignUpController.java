package dev.centraldistribution.distributor.web.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.centraldistribution.distributor.customers.AccountDetailsRejectedException;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.FieldProblem;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;
import dev.centraldistribution.distributor.web.security.CustomerSessions;
import dev.centraldistribution.distributor.web.security.SignInFollowUps;
import dev.centraldistribution.distributor.web.security.TakenAddressAnswers;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens an account and signs the new customer in. Saying that an e-mail address is in use
 * tells who is a customer: those answers are throttled per client address
 * ({@link TakenAddressAnswers}).
 */
@Controller
class SignUpController {

	private static final Set<String> SECRET_FIELDS = Set.of("password", "passwordConfirmation");

	private final SignUp signUp;

	private final CustomerSessions sessions;

	private final TakenAddressAnswers takenAnswers;

	private final SignInFollowUps followUps;

	SignUpController(SignUp signUp, CustomerSessions sessions, TakenAddressAnswers takenAnswers,
			SignInFollowUps followUps) {
		this.signUp = signUp;
		this.sessions = sessions;
		this.takenAnswers = takenAnswers;
		this.followUps = followUps;
	}

	/** What the visitor was doing when they chose to open an account (sign-in's). */
	@ModelAttribute("carried")
	Map<String, String> carried(HttpServletRequest request) {
		return SignInFollowUps.carried(request);
	}

	@GetMapping("/signup")
	String form(@AuthenticationPrincipal Object principal, Model model) {
		if (principal instanceof AuthenticatedOperator) {
			return "redirect:/admin";
		}
		if (principal instanceof AuthenticatedCustomer) {
			return "redirect:/dashboard";
		}
		model.addAttribute("form", SignUpForm.empty());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<String> refused = this.takenAnswers.refusal(request);
		if (refused.isPresent()) {
			FormErrors.add(result, "email", form.email(), refused.get());
			return "account/signup";
		}
		if (form.passwordsDiffer()) {
			List<FieldProblem> problems = this.signUp.problemsWith(form.toNewAccount());
			count(problems, request);
			FormErrors.add(result, problems, form::typedValue, SECRET_FIELDS);
			FormErrors.add(result, "passwordConfirmation", null, "The two passwords differ.");
			return "account/signup";
		}
		Customer customer;
		try {
			customer = this.signUp.signUp(form.toNewAccount());
		}
		catch (AccountDetailsRejectedException ex) {
			count(ex.problems(), request);
			FormErrors.add(result, ex.problems(), form::typedValue, SECRET_FIELDS);
			return "account/signup";
		}
		this.sessions.signIn(customer, request, response);
		Optional<String> next = this.followUps.carryOn(AuthenticatedCustomer.of(customer), request, response);
		if (next.isPresent()) {
			// The feature's own notice (e.g. what went into the cart) says it: one
			// notice.
			return "redirect:" + next.get();
		}
		redirect.addFlashAttribute("notice", "Welcome, " + customer.name() + "! Your account is ready.");
		return "redirect:/dashboard";
	}

	private void count(List<FieldProblem> problems, HttpServletRequest request) {
		if (problems.stream().anyMatch((problem) -> SignUp.EMAIL_TAKEN.equals(problem.message()))) {
			this.takenAnswers.answered(request);
		}
	}

}
