package dev.centraldistribution.distributor.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal AuthenticatedCustomer customer,
			@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "logout", required = false) String logout, HttpServletRequest request, Model model) {
		if (customer != null) {
			return "redirect:/dashboard";
		}
		if (error != null) {
			SignInProblem problem = lastProblem(request);
			model.addAttribute("problem", problem.message());
			model.addAttribute("username", problem.username());
		}
		model.addAttribute("signedOut", logout != null);
		return "security/login";
	}

	private static SignInProblem lastProblem(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object problem = (session != null) ? session.getAttribute(SignInProblem.SESSION_ATTRIBUTE) : null;
		return (problem instanceof SignInProblem signInProblem) ? signInProblem
				: new SignInProblem(SignInFailureHandler.WRONG_CREDENTIALS, "");
	}

}
