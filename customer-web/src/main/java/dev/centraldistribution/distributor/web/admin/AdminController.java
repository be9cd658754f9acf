package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.web.security.AuthenticatedOperator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator console's entry page. For now it says who is signed in and where the
 * metrics are; the console's views come with the operator console issue.
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String console(@AuthenticationPrincipal AuthenticatedOperator operator, Model model) {
		model.addAttribute("operator", operator);
		return "admin/index";
	}

}
