package dev.centraldistribution.distributor.web.account;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.centraldistribution.distributor.customers.AccountDetailsRejectedException;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.FieldProblem;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.CustomerSessions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens an account and signs the new customer in.
 */
@Controller
class SignUpController {

	private static final Set<String> SECRET_FIELDS = Set.of("password", "passwordConfirmation");

	private final SignUp signUp;

	private final CustomerSessions sessions;

	SignUpController(SignUp signUp, CustomerSessions sessions) {
		this.signUp = signUp;
		this.sessions = sessions;
	}

	@GetMapping("/signup")
	String form(@AuthenticationPrincipal AuthenticatedCustomer customer, Model model) {
		if (customer != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("form", SignUpForm.empty());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.passwordsDiffer()) {
			List<FieldProblem> problems = this.signUp.problemsWith(form.toNewAccount());
			FormErrors.add(result, problems, form::typedValue, SECRET_FIELDS);
			FormErrors.add(result, "passwordConfirmation", null, "The two passwords differ.");
			return "account/signup";
		}
		Customer customer;
		try {
			customer = this.signUp.signUp(form.toNewAccount());
		}
		catch (AccountDetailsRejectedException ex) {
			FormErrors.add(result, ex.problems(), form::typedValue, SECRET_FIELDS);
			return "account/signup";
		}
		this.sessions.signIn(customer, request, response);
		redirect.addFlashAttribute("notice", "Welcome, " + customer.name() + "! Your account is ready.");
		return "redirect:/dashboard";
	}

}
