package id.alurkerja.calendar.admin;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.calendar.CalendarSettings;
import id.alurkerja.calendar.HolidayKind;
import id.alurkerja.org.AlurUser;
import id.alurkerja.shared.Rejected;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendar settings: holidays per year (add, remove, import a list), office hours and the
 * working week. The numbering tab beside them belongs to casework's numbering.
 */
@Controller
class SettingsController {

	private final CalendarSettings calendar;

	private final MessageSource messages;

	private final Clock clock;

	SettingsController(CalendarSettings calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/settings")
	String index() {
		return "redirect:/admin/settings/holidays";
	}

	@GetMapping("/admin/settings/holidays")
	String holidays(@RequestParam(required = false) Integer year, Model model) {
		int current = LocalDate.now(this.clock).getYear();
		int shown = (year != null) ? year : current;
		model.addAttribute("year", shown);
		model.addAttribute("years", this.calendar.years(current));
		model.addAttribute("holidays", this.calendar.holidays(shown));
		model.addAttribute("kinds", HolidayKind.values());
		model.addAttribute("hours", this.calendar.officeHours());
		model.addAttribute("hoursVersion", this.calendar.officeHoursVersion());
		if (!model.containsAttribute("week")) {
			model.addAttribute("week", this.calendar.workingWeek());
		}
		model.addAttribute("weekVersion", this.calendar.workingWeekVersion());
		model.addAttribute("daysOfWeek", DayOfWeek.values());
		return "admin/settings/holidays";
	}

	@PostMapping("/admin/settings/holidays")
	String addHoliday(@AuthenticationPrincipal AlurUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String name, @RequestParam(required = false) HolidayKind kind,
			RedirectAttributes redirect, Locale locale, Model model) {
		try {
			this.calendar.addHoliday(actor(user), day, name, kind);
		}
		catch (Rejected ex) {
			// the form again, the message at its field and what was typed in it
			model.addAttribute("holidayError", new FieldError(ex.field(), text(ex.messageKey(), locale, ex.args())));
			model.addAttribute("keptHoliday", new CalendarSettings.Holiday(day, name, kind));
			return holidays((day != null && this.calendar.withinYears(day)) ? day.getYear() : null, model);
		}
		redirect.addFlashAttribute("success", text("admin.settings.saved", locale));
		return "redirect:/admin/settings/holidays?year=" + day.getYear();
	}

	/** A refusal shown next to the field it concerns. */
	record FieldError(String field, String message) {
	}

	@PostMapping("/admin/settings/holidays/remove")
	String removeHoliday(@AuthenticationPrincipal AlurUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect,
			Locale locale) {
		run(redirect, locale, () -> this.calendar.removeHoliday(actor(user), day));
		return "redirect:/admin/settings/holidays?year=" + day.getYear();
	}

	@PostMapping("/admin/settings/holidays/import")
	String importHolidays(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
		try {
			int[] counts = this.calendar.importHolidays(actor(user), text);
			redirect.addFlashAttribute("success", text("admin.settings.imported", locale, counts[0], counts[1]));
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
			redirect.addFlashAttribute("importText", text);
		}
		return "redirect:/admin/settings/holidays" + ((year != null) ? "?year=" + year : "");
	}

	@PostMapping("/admin/settings/hours")
	String officeHours(@AuthenticationPrincipal AlurUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime opens,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime closes,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			run(redirect, locale, () -> this.calendar.setOfficeHours(actor(user), opens, closes, version));
		}
		catch (CalendarSettings.Changed ex) {
			// shown again with what was typed, to be saved over the newer hours
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.addAttribute("keptHours", new CalendarSettings.OfficeHours(opens, closes));
			return holidays(null, model);
		}
		return "redirect:/admin/settings/holidays#hours";
	}

	@PostMapping("/admin/settings/week")
	String workingWeek(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) List<DayOfWeek> days,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			run(redirect, locale, () -> this.calendar.setWorkingWeek(actor(user), days, version));
		}
		catch (CalendarSettings.Changed ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.addAttribute("week", (days != null) ? days : List.of());
			return holidays(null, model);
		}
		return "redirect:/admin/settings/holidays#week";
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

	private static AdminActor actor(AlurUser user) {
		return new AdminActor(user.kabupatenId(), user.accountId(), user.getUsername());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
