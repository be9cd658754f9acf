package dev.centraldistribution.distributor.web.account;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.centraldistribution.distributor.customers.AccountDetailsRejectedException;
import dev.centraldistribution.distributor.customers.ChangePassword;
import dev.centraldistribution.distributor.customers.ChangeProfile;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.payments.PaymentGateway;
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
 * The account page: name and e-mail address, password, and a summary of the card on file.
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

	AccountController(CustomerDirectory customers, ChangeProfile changeProfile, ChangePassword changePassword,
			PaymentGateway payments, CustomerSessions sessions) {
		this.customers = customers;
		this.changeProfile = changeProfile;
		this.changePassword = changePassword;
		this.payments = payments;
		this.sessions = sessions;
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
		Customer changed;
		try {
			changed = this.changeProfile.change(customer.id(), form.toEdit());
		}
		catch (AccountDetailsRejectedException ex) {
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
		if (form.passwordsDiffer()) {
			FormErrors.add(result, this.changePassword.problemsWith(customer.id(), form.toEdit()), (field) -> null,
					SECRET_FIELDS);
			FormErrors.add(result, "newPasswordConfirmation", null, "The two new passwords differ.");
			return page(customer, model);
		}
		try {
			this.changePassword.change(customer.id(), form.toEdit());
		}
		catch (AccountDetailsRejectedException ex) {
			FormErrors.add(result, ex.problems(), (field) -> null, SECRET_FIELDS);
			return page(customer, model);
		}
		this.sessions.endOtherSessions(customer, request);
		redirect.addFlashAttribute("notice", "Your password is changed. Your other sessions were signed out.");
		return "redirect:/account";
	}

	private String page(AuthenticatedCustomer customer, Model model) {
		model.addAttribute("card", this.payments.cardOnFile(customer.id()).orElse(null));
		return "account/index";
	}

}
