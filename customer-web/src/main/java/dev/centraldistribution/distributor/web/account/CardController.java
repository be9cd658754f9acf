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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment card on file: shown masked, replaced or removed. Buying needs one; the
 * checkout links here with {@code ?returnTo=/checkout}.
 * <p>
 * The number and security code are bound by hand, not to a model attribute: nothing of
 * them may reach the page again, a log or the session, even when the form has errors.
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
	String register(@AuthenticationPrincipal AuthenticatedCustomer customer,
			@RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "expiryMonth", required = false) String expiryMonth,
			@RequestParam(name = "expiryYear", required = false) String expiryYear,
			@RequestParam(name = "cvc", required = false) String cvc,
			@RequestParam(name = "returnTo", required = false) String returnTo, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		CardNumber cardNumber = check(errors, () -> CardNumber.parse(number));
		YearMonth expiry = check(errors,
				() -> CardExpiry.parse(expiryMonth, expiryYear, YearMonth.now(ZoneOffset.UTC)));
		CardBrand brand = (cardNumber != null) ? cardNumber.brand() : null;
		check(errors, () -> {
			CardSecurityCode.check(cvc, brand);
			return brand;
		});
		if (!errors.isEmpty()) {
			return page(customer, shortText(expiryMonth), shortText(expiryYear), errors, returnTo, model);
		}
		MaskedCard card = this.vault.register(customer.id(), cardNumber, expiry);
		redirect.addFlashAttribute("notice", "Card saved: " + card.display() + ".");
		String next = LocalPath.orNull(returnTo);
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
