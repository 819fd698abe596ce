package id.alurkerja.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.availability.ApplicationAvailability;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final KeptForms kept;

	private final ApplicationAvailability availability;

	LoginController(KeptForms kept, ApplicationAvailability availability) {
		this.kept = kept;
		this.availability = availability;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/inbox";
		}
		model.addAttribute("kept", this.kept.holds(request));
		model.addAttribute("starting", !SignInFailed.ready(this.availability));
		HttpSession session = request.getSession(false);
		Object last = (session != null) ? session.getAttribute(SignInFailed.LAST_USERNAME) : null;
		if (last != null) {
			session.removeAttribute(SignInFailed.LAST_USERNAME);
		}
		model.addAttribute("lastUsername", last);
		return "web/login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

}
