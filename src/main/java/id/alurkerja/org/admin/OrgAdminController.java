package id.alurkerja.org.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgAdmin;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PersonView;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitKind;
import id.alurkerja.org.UnitView;
import id.alurkerja.org.admin.OrgAdminForms.AppointForm;
import id.alurkerja.org.admin.OrgAdminForms.PersonForm;
import id.alurkerja.org.admin.OrgAdminForms.PositionForm;
import id.alurkerja.org.admin.OrgAdminForms.UnitForm;
import id.alurkerja.shared.Rejected;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation admin pages of the admin's kabupaten: the unit tree, positions, people
 * with their accounts and appointments, and acting officials. Post/Redirect/Get; a
 * refused change comes back as a message (with the person form kept where it matters: the
 * NIP).
 */
@Controller
class OrgAdminController {

	private final OrgAdmin admin;

	private final OrgDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	OrgAdminController(OrgAdmin admin, OrgDirectory directory, MessageSource messages, Clock clock) {
		this.admin = admin;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** A unit in the tree with its depth, for indentation. */
	public record TreeUnit(UnitView unit, int depth) {

		public String indent() {
			return "ms-" + Math.min(this.depth, 5);
		}

	}

	@GetMapping("/admin/org")
	String index() {
		return "redirect:/admin/org/units";
	}

	// ----- units

	@GetMapping("/admin/org/units")
	String units(@AuthenticationPrincipal AlurUser user, Model model) {
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new UnitForm());
		}
		model.addAttribute("tree", tree(this.directory.units(user.kabupatenId())));
		model.addAttribute("unitVersions", this.admin.unitVersions(user));
		model.addAttribute("kinds", UnitKind.values());
		return "admin/org/units";
	}

	@PostMapping("/admin/org/units")
	String addUnit(@AuthenticationPrincipal AlurUser user, @ModelAttribute("unitForm") UnitForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		try {
			this.admin.addUnit(user, form.fields());
		}
		catch (Rejected ex) {
			return refused(binding, ex, response, () -> units(user, model));
		}
		redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		return "redirect:/admin/org/units";
	}

	@PostMapping("/admin/org/units/{id}")
	String changeUnit(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, UnitForm form,
			RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response) {
		try {
			this.admin.changeUnit(user, id, form.fields(), form.getVersion());
			redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		}
		catch (OrgAdmin.Changed | OptimisticLockingFailureException ex) {
			// the unit's row shows what was typed, to be saved again over the newer unit
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.addAttribute("keptId", id);
			model.addAttribute("kept", form);
			model.addAttribute("unitForm", new UnitForm());
			return units(user, model);
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
		}
		return "redirect:/admin/org/units#unit-" + id;
	}

	// ----- positions

	@GetMapping("/admin/org/positions")
	String positions(@AuthenticationPrincipal AlurUser user, Model model) {
		if (!model.containsAttribute("positionForm")) {
			model.addAttribute("positionForm", new PositionForm());
		}
		model.addAttribute("positions", this.directory.positions(user.kabupatenId()));
		model.addAttribute("units", this.directory.units(user.kabupatenId()));
		return "admin/org/positions";
	}

	@PostMapping("/admin/org/positions")
	String addPosition(@AuthenticationPrincipal AlurUser user, @ModelAttribute("positionForm") PositionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		try {
			this.admin.addPosition(user, form.fields());
		}
		catch (Rejected ex) {
			return refused(binding, ex, response, () -> positions(user, model));
		}
		redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		return "redirect:/admin/org/positions";
	}

	@GetMapping("/admin/org/positions/{id}")
	String position(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		PositionView position = this.directory.position(user.kabupatenId(), id).orElseThrow(OrgAdmin.NotFound::new);
		if (!model.containsAttribute("positionForm")) {
			PositionForm form = new PositionForm();
			form.setUnitId(position.unitId());
			form.setCode(position.code());
			form.setTitle(position.title());
			form.setSuperiorId(position.superiorId());
			form.setUnitHead(position.unitHead());
			form.setRank(position.rank());
			form.setVersion(this.admin.positionVersion(user, id));
			model.addAttribute("positionForm", form);
		}
		else {
			// a kept form is saved over the current position when submitted again
			((PositionForm) model.getAttribute("positionForm")).setVersion(this.admin.positionVersion(user, id));
		}
		model.addAttribute("position", position);
		model.addAttribute("positions", this.directory.positions(user.kabupatenId()));
		model.addAttribute("units", this.directory.units(user.kabupatenId()));
		model.addAttribute("holders", this.directory.holdersOn(user.kabupatenId(), id, LocalDate.now(this.clock)));
		return "admin/org/position";
	}

	@PostMapping("/admin/org/positions/{id}")
	String changePosition(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@ModelAttribute("positionForm") PositionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			this.admin.changePosition(user, id, form.fields(), form.getVersion());
		}
		catch (Rejected ex) {
			return refused(binding, ex, response, () -> position(user, id, model));
		}
		catch (OrgAdmin.Changed | OptimisticLockingFailureException ex) {
			return conflict(response, model, () -> position(user, id, model));
		}
		redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		return "redirect:/admin/org/positions";
	}

	// ----- people and accounts

	@GetMapping("/admin/org/people")
	String people(@AuthenticationPrincipal AlurUser user, Model model) {
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", new PersonForm());
		}
		model.addAttribute("people", this.directory.people(user.kabupatenId()));
		model.addAttribute("accounts", this.admin.accounts(user));
		return "admin/org/people";
	}

	@PostMapping("/admin/org/people")
	String addPerson(@AuthenticationPrincipal AlurUser user, @ModelAttribute("personForm") PersonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		Long id;
		try {
			id = this.admin.addPerson(user, form.fields());
		}
		catch (Rejected ex) {
			return refused(binding, ex, response, () -> people(user, model));
		}
		redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		return "redirect:/admin/org/people/" + id;
	}

	@GetMapping("/admin/org/people/{id}")
	String person(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		PersonView person = this.directory.person(user.kabupatenId(), id).orElseThrow(OrgAdmin.NotFound::new);
		if (!model.containsAttribute("personForm")) {
			PersonForm form = new PersonForm();
			form.setName(person.name());
			form.setNip(person.nip());
			form.setPangkat(person.pangkat());
			form.setGolongan(person.golongan());
			form.setEmail(person.email());
			form.setVersion(this.admin.personVersion(user, id));
			model.addAttribute("personForm", form);
		}
		else {
			((PersonForm) model.getAttribute("personForm")).setVersion(this.admin.personVersion(user, id));
		}
		model.addAttribute("person", person);
		model.addAttribute("account", this.admin.account(user, id).orElse(null));
		model.addAttribute("holdings",
				this.directory.holdingsOf(id)
					.stream()
					.sorted(Comparator.comparing(Holding::startDate).reversed())
					.toList());
		model.addAttribute("positions", this.directory.positions(user.kabupatenId()));
		model.addAttribute("units", this.directory.units(user.kabupatenId()));
		model.addAttribute("kinds", AssignmentKind.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "admin/org/person";
	}

	@PostMapping("/admin/org/people/{id}")
	String changePerson(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@ModelAttribute("personForm") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			this.admin.changePerson(user, id, form.fields(), form.getVersion());
		}
		catch (Rejected ex) {
			return refused(binding, ex, response, () -> person(user, id, model));
		}
		catch (OrgAdmin.Changed | OptimisticLockingFailureException ex) {
			return conflict(response, model, () -> person(user, id, model));
		}
		redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		return "redirect:/admin/org/people/" + id;
	}

	@PostMapping("/admin/org/people/{id}/appoint")
	String appoint(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, AppointForm form,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> {
			if (form.getKind() == AssignmentKind.DEFINITIF) {
				this.admin.assign(user, id, form.getPositionId(), form.getStart());
			}
			else {
				this.admin.appointActing(user, id, form.getPositionId(), form.getKind(), form.getStart(),
						form.getEnd());
			}
		});
	}

	@PostMapping("/admin/org/people/{id}/account")
	String createAccount(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @RequestParam String username,
			@RequestParam String password, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.admin.createAccount(user, id, username, password));
	}

	@PostMapping("/admin/org/people/{id}/account/disable")
	String disable(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response) {
		return act(user, id, redirect, locale, model, response, () -> this.admin.disable(user, id, version));
	}

	@PostMapping("/admin/org/people/{id}/account/enable")
	String enable(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response) {
		return act(user, id, redirect, locale, model, response, () -> this.admin.enable(user, id, version));
	}

	@PostMapping("/admin/org/people/{id}/account/password")
	String resetPassword(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @RequestParam String password,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response) {
		return act(user, id, redirect, locale, model, response,
				() -> this.admin.resetPassword(user, id, password, version));
	}

	@PostMapping("/admin/org/people/{id}/account/sop-admin")
	String sopAdmin(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response) {
		return act(user, id, redirect, locale, model, response,
				() -> this.admin.makeSopAdmin(user, id, unitId, version));
	}

	// ----- acting officials

	@GetMapping("/admin/org/acting")
	String acting(@AuthenticationPrincipal AlurUser user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("assignments",
				this.admin.assignments(user).stream().filter(a -> a.holding().kind().acting()).toList());
		model.addAttribute("today", today);
		return "admin/org/acting";
	}

	@PostMapping("/admin/org/acting/{id}/end")
	String endAssignment(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.admin.endAssignment(user, id, end);
			redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
		}
		return "redirect:/admin/org/acting";
	}

	// -----

	private String act(Long personId, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
		}
		return "redirect:/admin/org/people/" + personId;
	}

	/** An account action; a stale one shows the person's page again with the conflict. */
	private String act(AlurUser user, Long personId, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", text("admin.org.saved", locale));
		}
		catch (OrgAdmin.Changed | OptimisticLockingFailureException ex) {
			return conflict(response, model, () -> person(user, personId, model));
		}
		catch (Rejected ex) {
			redirect.addFlashAttribute("failure", text(ex.messageKey(), locale, ex.args()));
		}
		return "redirect:/admin/org/people/" + personId;
	}

	private static String conflict(HttpServletResponse response, Model model,
			java.util.function.Supplier<String> page) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", true);
		return page.get();
	}

	private static String refused(BindingResult binding, Rejected ex, HttpServletResponse response,
			java.util.function.Supplier<String> page) {
		if (ex.field() != null) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page.get();
	}

	static List<TreeUnit> tree(List<UnitView> units) {
		Map<Long, List<UnitView>> children = units.stream()
			.filter(u -> u.parentId() != null)
			.collect(Collectors.groupingBy(UnitView::parentId));
		List<TreeUnit> tree = new ArrayList<>();
		java.util.Set<Long> ids = units.stream().map(UnitView::id).collect(Collectors.toSet());
		units.stream()
			.filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
			.forEach(root -> walk(root, 0, children, tree));
		return tree;
	}

	private static void walk(UnitView unit, int depth, Map<Long, List<UnitView>> children, List<TreeUnit> tree) {
		if (depth > 20) {
			return;
		}
		tree.add(new TreeUnit(unit, depth));
		children.getOrDefault(unit.id(), List.of()).forEach(child -> walk(child, depth + 1, children, tree));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
