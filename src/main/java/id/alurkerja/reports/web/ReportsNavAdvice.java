package id.alurkerja.reports.web;

import id.alurkerja.org.AlurUser;
import id.alurkerja.reports.evaluation.ReportScope;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the "Laporan" link: to heads and admins only. */
@ControllerAdvice
class ReportsNavAdvice {

	private final ReportScope scope;

	ReportsNavAdvice(ReportScope scope) {
		this.scope = scope;
	}

	@ModelAttribute("reportsVisible")
	boolean reportsVisible(@AuthenticationPrincipal AlurUser user) {
		return user != null && this.scope.viewer(user).isPresent();
	}

}
