package id.alurkerja.inbox;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in. Tasks arrive here once casework runs. */
@Controller
class InboxController {

	@GetMapping("/inbox")
	String inbox() {
		return "inbox/inbox";
	}

}
