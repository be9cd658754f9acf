package dev.centraldistribution.distributor.web.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.centraldistribution.distributor.allocation.DeliveryCities;
import dev.centraldistribution.distributor.customers.DeliveryCity;
import dev.centraldistribution.distributor.customers.AccountDetailsRejectedException;
import dev.centraldistribution.distributor.customers.ChangePassword;
import dev.centraldistribution.distributor.customers.ChangeProfile;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.customers.EmailAddress;
import dev.centraldistribution.distributor.customers.FieldProblem;
import dev.centraldistribution.distributor.payments.PaymentGateway;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;
import dev.centraldistribution.distributor.web.security.CurrentPasswordChecks;
import dev.centraldistribution.distributor.web.security.CustomerSessions;
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
 * The account page: name and e-mail address, password, and a summary of the card on file.
 * Current-password checks are throttled like sign-ins ({@link CurrentPasswordChecks}),
 * and answers that an e-mail address is in use like sign-up's
 * ({@link TakenAddressAnswers}).
 */
@Controller
class AccountController {

	private static final Set<String> SECRET_FIELDS = Set.of("currentPassword", "newPassword",
			"newPasswordConfirmation");

	private final CustomerDirectory customers;

	private final ChangeProfile changeProfile;

	private final ChangePassword changePassword;

	private final PaymentGateway payments;

	private final CustomerSessions sessions;

	private final CurrentPasswordChecks passwordChecks;

	private final TakenAddressAnswers takenAnswers;

	private final DeliveryCities cities;

	private final DeliveryCity deliveryCity;

	AccountController(CustomerDirectory customers, ChangeProfile changeProfile, ChangePassword changePassword,
			PaymentGateway payments, CustomerSessions sessions, CurrentPasswordChecks passwordChecks,
			TakenAddressAnswers takenAnswers, DeliveryCities cities, DeliveryCity deliveryCity) {
		this.cities = cities;
		this.deliveryCity = deliveryCity;
		this.customers = customers;
		this.changeProfile = changeProfile;
		this.changePassword = changePassword;
		this.payments = payments;
		this.sessions = sessions;
		this.passwordChecks = passwordChecks;
		this.takenAnswers = takenAnswers;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AuthenticatedCustomer customer, Model model) {
		Customer current = this.customers.find(customer.id())
			.orElseThrow(() -> new IllegalStateException("Signed in as a missing customer " + customer.id()));
		model.addAttribute("profile", ProfileForm.of(current));
		model.addAttribute("password", PasswordForm.empty());
		return page(customer, model);
	}

	@PostMapping("/account/profile")
	String changeProfile(@AuthenticationPrincipal AuthenticatedCustomer customer,
			@ModelAttribute("profile") ProfileForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("password", PasswordForm.empty());
		boolean newEmail = !EmailAddress.keyOf(form.email()).equals(EmailAddress.keyOf(customer.email()));
		Optional<String> refused = newEmail ? this.takenAnswers.refusal(request) : Optional.empty();
		if (refused.isPresent()) {
			FormErrors.add(result, "email", form.email(), refused.get());
			return page(customer, model);
		}
		if (refuseCurrentPasswordCheck(customer, form.currentPassword(), result, request)) {
			return page(customer, model);
		}
		Customer changed;
		try {
			changed = this.changeProfile.change(customer.id(), form.toEdit());
		}
		catch (AccountDetailsRejectedException ex) {
			count(customer, ex.problems(), request);
			FormErrors.add(result, ex.problems(), form::typedValue, SECRET_FIELDS);
			return page(customer, model);
		}
		this.sessions.refresh(changed, request, response);
		redirect.addFlashAttribute("notice", "Your details are saved.");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AuthenticatedCustomer customer,
			@ModelAttribute("password") PasswordForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("profile", ProfileForm.of(this.customers.find(customer.id()).orElseThrow()));
		if (refuseCurrentPasswordCheck(customer, form.currentPassword(), result, request)) {
			return page(customer, model);
		}
		if (form.passwordsDiffer()) {
			List<FieldProblem> problems = this.changePassword.problemsWith(customer.id(), form.toEdit());
			count(customer, problems, request);
			FormErrors.add(result, problems, (field) -> null, SECRET_FIELDS);
			FormErrors.add(result, "newPasswordConfirmation", null, "The two new passwords differ.");
			return page(customer, model);
		}
		try {
			this.changePassword.change(customer.id(), form.toEdit());
		}
		catch (AccountDetailsRejectedException ex) {
			count(customer, ex.problems(), request);
			FormErrors.add(result, ex.problems(), (field) -> null, SECRET_FIELDS);
			return page(customer, model);
		}
		this.sessions.endOtherSessions(customer, request);
		redirect.addFlashAttribute("notice", "Your password is changed. Your other sessions were signed out.");
		return "redirect:/account";
	}

	/** Refuses to check a current password while this account and address must wait. */
	private boolean refuseCurrentPasswordCheck(AuthenticatedCustomer customer, String currentPassword,
			BindingResult result, HttpServletRequest request) {
		if (currentPassword == null || currentPassword.isEmpty()) {
			return false;
		}
		Optional<String> refused = this.passwordChecks.refusal(customer.email(), request);
		refused.ifPresent((message) -> FormErrors.add(result, "currentPassword", null, message));
		return refused.isPresent();
	}

	/** Counts a wrong current password and an answer that an e-mail address is in use. */
	private void count(AuthenticatedCustomer customer, List<FieldProblem> problems, HttpServletRequest request) {
		if (problems.contains(ChangePassword.WRONG_CURRENT_PASSWORD)) {
			this.passwordChecks.failed(customer.email(), request);
		}
		if (problems.stream().anyMatch((problem) -> ChangeProfile.EMAIL_IN_USE.equals(problem.message()))) {
			this.takenAnswers.answered(request);
		}
	}

	private String page(AuthenticatedCustomer customer, Model model) {
		model.addAttribute("card", this.payments.cardOnFile(customer.id()).orElse(null));
		model.addAttribute("cities", this.cities.all());
		model.addAttribute("deliveryCity", this.deliveryCity.of(customer.id()).orElse(null));
		return "account/index";
	}

}
