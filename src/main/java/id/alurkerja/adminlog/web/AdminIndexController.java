package id.alurkerja.adminlog.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of administration: SOPs, organisation, calendar and numbering, log. */
@Controller
class AdminIndexController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
