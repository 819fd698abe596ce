package id.alurkerja.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of administration: one link to each module's admin pages (SOPs,
 * organisation, calendar and numbering, the log). It only links, so it uses no module.
 */
@Controller
class AdminIndexController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
