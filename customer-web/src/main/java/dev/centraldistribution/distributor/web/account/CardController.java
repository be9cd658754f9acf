package dev.centraldistribution.distributor.web.account;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.centraldistribution.distributor.payments.CardBrand;
import dev.centraldistribution.distributor.payments.CardExpiry;
import dev.centraldistribution.distributor.payments.CardNumber;
import dev.centraldistribution.distributor.payments.CardSecurityCode;
import dev.centraldistribution.distributor.payments.CardVault;
import dev.centraldistribution.distributor.payments.InvalidCardException;
import dev.centraldistribution.distributor.payments.MaskedCard;
import dev.centraldistribution.distributor.payments.PaymentGateway;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment card on file: shown masked, replaced or removed. Buying needs one; the
 * checkout links here with {@code ?returnTo=/checkout}.
 * <p>
 * Nothing of the number or the security code may reach the page again, a log or the
 * session, even when the form has errors: the form masks them in its {@code toString()}
 * (request-tracing logs print handler arguments), errors are plain messages rather than
 * binding errors holding the rejected value, and the page never renders those fields.
 */
@Controller
class CardController {

	private final CardVault vault;

	private final PaymentGateway payments;

	CardController(CardVault vault, PaymentGateway payments) {
		this.vault = vault;
		this.payments = payments;
	}

	@GetMapping("/account/card")
	String card(@AuthenticationPrincipal AuthenticatedCustomer customer,
			@RequestParam(name = "returnTo", required = false) String returnTo, Model model) {
		return page(customer, "", "", Map.of(), returnTo, model);
	}

	@PostMapping("/account/card")
	String register(@AuthenticationPrincipal AuthenticatedCustomer customer, @ModelAttribute CardForm form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		CardNumber number = check(errors, () -> CardNumber.parse(form.number()));
		YearMonth expiry = check(errors,
				() -> CardExpiry.parse(form.expiryMonth(), form.expiryYear(), YearMonth.now(ZoneOffset.UTC)));
		CardBrand brand = (number != null) ? number.brand() : null;
		check(errors, () -> {
			CardSecurityCode.check(form.cvc(), brand);
			return brand;
		});
		if (!errors.isEmpty()) {
			return page(customer, shortText(form.expiryMonth()), shortText(form.expiryYear()), errors, form.returnTo(),
					model);
		}
		MaskedCard card = this.vault.register(customer.id(), number, expiry);
		redirect.addFlashAttribute("notice", "Card saved: " + card.display() + ".");
		String next = LocalPath.orNull(form.returnTo());
		return "redirect:" + ((next != null) ? next : "/account/card");
	}

	@PostMapping("/account/card/remove")
	String remove(@AuthenticationPrincipal AuthenticatedCustomer customer, RedirectAttributes redirect) {
		if (this.vault.remove(customer.id())) {
			redirect.addFlashAttribute("notice", "Card removed. Add one before your next purchase.");
		}
		return "redirect:/account/card";
	}

	private String page(AuthenticatedCustomer customer, String expiryMonth, String expiryYear,
			Map<String, String> errors, String returnTo, Model model) {
		model.addAttribute("card", this.payments.cardOnFile(customer.id()).orElse(null));
		model.addAttribute("expiryMonth", expiryMonth);
		model.addAttribute("expiryYear", expiryYear);
		model.addAttribute("errors", errors);
		model.addAttribute("returnTo", LocalPath.orNull(returnTo));
		model.addAttribute("testCards", TestCard.ALL);
		return "account/card";
	}

	private static <T> T check(Map<String, String> errors, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidCardException ex) {
			errors.put(ex.field(), ex.getMessage());
			return null;
		}
	}

	/** Expiry month and year are not secret; they are shown again, cut to a sane size. */
	private static String shortText(String text) {
		return (text != null) ? text.substring(0, Math.min(text.length(), 4)) : "";
	}

}
