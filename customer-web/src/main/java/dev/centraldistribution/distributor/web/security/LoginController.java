package dev.centraldistribution.distributor.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, of customers and the operator alike. Spring Security handles the
 * form's POST.
 */
@Controller
class LoginController {

	// "?error" and "?logout" carry no value: their presence is the message.
	@GetMapping("/login")
	String login(@AuthenticationPrincipal Object principal, HttpServletRequest request, Model model) {
		if (principal instanceof AuthenticatedOperator) {
			return "redirect:" + SignInLandingPage.CONSOLE;
		}
		if (principal instanceof AuthenticatedCustomer) {
			return "redirect:/dashboard";
		}
		if (request.getParameterMap().containsKey("error")) {
			SignInProblem problem = lastProblem(request);
			model.addAttribute("problem", problem.message());
			model.addAttribute("username", problem.username());
		}
		model.addAttribute("signedOut", request.getParameterMap().containsKey("logout"));
		model.addAttribute("carried", SignInFollowUps.carried(request));
		return "security/login";
	}

	private static SignInProblem lastProblem(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object problem = (session != null) ? session.getAttribute(SignInProblem.SESSION_ATTRIBUTE) : null;
		return (problem instanceof SignInProblem signInProblem) ? signInProblem
				: new SignInProblem(SignInFailureHandler.WRONG_CREDENTIALS, "");
	}

}
