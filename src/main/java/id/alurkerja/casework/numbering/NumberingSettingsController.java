package id.alurkerja.casework.numbering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgAdmin;
import id.alurkerja.shared.Rejected;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The numbering tab of the settings ({@code /admin/settings/numbering}): each unit's
 * number pattern and unit code, the archive classification codes.
 */
@Controller
class NumberingSettingsController {

	private final NumberingSettings numbering;

	private final MessageSource messages;

	private final Clock clock;

	NumberingSettingsController(NumberingSettings numbering, MessageSource messages, Clock clock) {
		this.numbering = numbering;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/settings/numbering")
	String numbering(@AuthenticationPrincipal AlurUser user, Model model) {
		model.addAttribute("units", this.numbering.units(user, LocalDate.now(this.clock).getYear()));
		model.addAttribute("klasifikasi", this.numbering.klasifikasi());
		model.addAttribute("defaultPattern", NumberingSettings.DEFAULT_PATTERN);
		return "admin/numbering/settings";
	}

	@PostMapping("/admin/settings/numbering/{unitId}")
	String saveNumbering(@AuthenticationPrincipal AlurUser user, @PathVariable Long unitId,
			@RequestParam(required = false) String pattern, @RequestParam(required = false) String code,
			@RequestParam(required = false) Long version, @RequestParam(required = false) Long patternVersion,
			RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response) {
		try {
			run(redirect, locale, () -> this.numbering.save(user, unitId, pattern, code, version, patternVersion));
		}
		catch (NumberingSettings.Changed | OrgAdmin.Changed | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.addAttribute("keptId", unitId);
			model.addAttribute("keptPattern", pattern);
			model.addAttribute("keptCode", code);
			return numbering(user, model);
		}
		return "redirect:/admin/settings/numbering#unit-" + unitId;
	}

	@PostMapping("/admin/settings/klasifikasi")
	String saveKlasifikasi(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, RedirectAttributes redirect, Locale locale) {
		run(redirect, locale, () -> this.numbering.saveKlasifikasi(user, code, name));
		return "redirect:/admin/settings/numbering#klasifikasi";
	}

	@PostMapping("/admin/settings/klasifikasi/remove")
	String removeKlasifikasi(@AuthenticationPrincipal AlurUser user, @RequestParam String code,
			RedirectAttributes redirect, Locale locale) {
		run(redirect, locale, () -> this.numbering.removeKlasifikasi(user, code));
		return "redirect:/admin/settings/numbering#klasifikasi";
	}

	private void run(RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", text("admin.settings.saved", locale));
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
