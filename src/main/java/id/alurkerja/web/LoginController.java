package id.alurkerja.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final KeptForms kept;

	LoginController(KeptForms kept) {
		this.kept = kept;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/inbox";
		}
		model.addAttribute("kept", this.kept.holds(request));
		return "web/login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

}
