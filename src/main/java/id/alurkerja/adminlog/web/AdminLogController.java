package id.alurkerja.adminlog.web;

import id.alurkerja.adminlog.AdminLog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin audit log of the admin's own kabupaten. The kabupaten comes from the
 * signed-in principal by expression, which keeps this module free of the organisation
 * module (that module writes to the log).
 */
@Controller
class AdminLogController {

	static final int PAGE_SIZE = 50;

	private final AdminLog log;

	AdminLogController(AdminLog log) {
		this.log = log;
	}

	@GetMapping("/admin/log")
	String log(@AuthenticationPrincipal(expression = "kabupatenId()") Long kabupatenId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int at = Math.max(page, 0);
		var entries = this.log.entries(kabupatenId, at * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", at);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		return "admin/log";
	}

}
