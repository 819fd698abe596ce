package id.alurkerja.sop.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.DraftChanges;
import id.alurkerja.sop.DraftChanges.ListOp;
import id.alurkerja.sop.KlasifikasiArsip;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopEditor;
import id.alurkerja.sop.SopEditor.Draft;
import id.alurkerja.sop.SopForm;
import id.alurkerja.sop.StepKind;
import id.alurkerja.sop.TanggalEfektif;
import id.alurkerja.sop.TimeUnit;
import id.alurkerja.sop.ValidationError;
import id.alurkerja.sop.admin.SopEditorForms.ChainForm;
import id.alurkerja.sop.admin.SopEditorForms.DefinitionForm;
import id.alurkerja.sop.admin.SopEditorForms.EnactmentForm;
import id.alurkerja.sop.admin.SopEditorForms.IdentityForm;
import id.alurkerja.sop.admin.SopEditorForms.LaneForm;
import id.alurkerja.sop.admin.SopEditorForms.ListForm;
import id.alurkerja.sop.admin.SopEditorForms.NewSopForm;
import id.alurkerja.sop.admin.SopEditorForms.PublishForm;
import id.alurkerja.sop.admin.SopEditorForms.RelatedForm;
import id.alurkerja.sop.admin.SopEditorForms.RowForm;
import id.alurkerja.sop.admin.SopEditorForms.StepForm;
import id.alurkerja.sop.web.SopDocuments;
import id.alurkerja.shared.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOP editor pages. Every edit is a small POST form (works without JavaScript) that
 * makes one {@link SopEditor} call and redirects back; when someone else saved the draft
 * in between, the page is shown again with the conflict and the submitted form kept.
 */
@Controller
class SopAdminController {

	private static final Logger log = LoggerFactory.getLogger(SopAdminController.class);

	private final SopEditor editor;

	private final SopDocuments documents;

	private final OrgDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	SopAdminController(SopEditor editor, SopDocuments documents, OrgDirectory directory, MessageSource messages,
			Clock clock) {
		this.editor = editor;
		this.documents = documents;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** One validation problem, the message resolved, with the step it points at. */
	public record Problem(String stepNo, String message) {
	}

	/**
	 * A list of the identity block as the page edits it: its name and its items' text.
	 */
	public record NamedList(String name, List<String> items) {
	}

	@GetMapping("/admin/sop")
	String list(@AuthenticationPrincipal AlurUser user, Model model) {
		if (!model.containsAttribute("newSop")) {
			model.addAttribute("newSop", new NewSopForm());
		}
		model.addAttribute("sops", this.editor.list(user));
		model.addAttribute("units", this.editor.units(user));
		model.addAttribute("forms", SopForm.values());
		return "admin/sop/list";
	}

	@PostMapping("/admin/sop")
	String create(@AuthenticationPrincipal AlurUser user, @ModelAttribute("newSop") NewSopForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
		if (!binding.hasErrors()) {
			try {
				String code = this.editor.create(user,
						new SopEditor.NewSop(form.getCode(), form.getUnitId(), form.getForm(), form.getNamaSop()));
				redirect.addFlashAttribute("success", text("admin.sop.created", locale, code));
				return "redirect:/admin/sop/" + code + "/draft";
			}
			catch (Rejected ex) {
				binding.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return list(user, model);
	}

	/** The revisions of an SOP, the way to a new draft and to comparisons. */
	@GetMapping("/admin/sop/{code}")
	String overview(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Model model) {
		var revisions = this.editor.revisions(user, code);
		if (revisions.isEmpty()) {
			throw notFound();
		}
		model.addAttribute("code", code);
		model.addAttribute("revisions", revisions);
		model.addAttribute("current", revisions.get(0));
		model.addAttribute("hasDraft", revisions.stream().anyMatch(r -> r.status().name().equals("DRAFT")));
		return "admin/sop/overview";
	}

	@PostMapping("/admin/sop/{code}/draft/new")
	String newDraft(@AuthenticationPrincipal AlurUser user, @PathVariable String code, RedirectAttributes redirect,
			Locale locale) {
		int number = this.editor.newDraft(user, code).orElseThrow(SopAdminController::notFound);
		redirect.addFlashAttribute("success", text("admin.sop.draftStarted", locale, number));
		return "redirect:/admin/sop/" + code + "/draft";
	}

	@GetMapping("/admin/sop/{code}/draft")
	String draft(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Locale locale, Model model) {
		Draft draft = this.editor.draft(user, code).orElse(null);
		if (draft == null) {
			if (this.editor.revisions(user, code).isEmpty()) {
				throw notFound();
			}
			return "redirect:/admin/sop/" + code;
		}
		return editorPage(user, draft, locale, model);
	}

	@PostMapping("/admin/sop/{code}/draft/identity")
	String identity(@AuthenticationPrincipal AlurUser user, @PathVariable String code,
			@ModelAttribute("identityForm") IdentityForm form, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UnaryOperator<SopContent> change = DraftChanges.identity(form.fields());
		for (var item : form.getNewItems().entrySet()) {
			if (!DraftChanges.IDENTITY_LISTS.contains(item.getKey())) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown list " + item.getKey());
			}
			if (item.getValue() != null && !item.getValue().isBlank()) {
				change = andThen(change,
						DraftChanges.identityList(item.getKey(), ListOp.ADD, 0, item.getValue().strip()));
			}
		}
		model.addAttribute("pendingValue", SopEditorForms.typedItems(form.getNewItems()));
		boolean added = form.getAdd() != null && DraftChanges.IDENTITY_LISTS.contains(form.getAdd());
		return apply(user, code, form.getVersion(), change, added ? "list-" + form.getAdd() : "identity", locale, model,
				redirect, response);
	}

	@PostMapping("/admin/sop/{code}/draft/list")
	String listItem(@AuthenticationPrincipal AlurUser user, @PathVariable String code, ListForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UnaryOperator<SopContent> change;
		String anchor;
		if (form.getStep() != null) {
			change = DraftChanges.stepList(form.getStep(), form.getList(), form.getOp(), form.getIndex(),
					form.getValue());
			anchor = null;
		}
		else if (form.getSection() != null) {
			change = DraftChanges.sectionList(form.getSection(), form.getList(), form.getOp(), form.getIndex(),
					form.getValue());
			anchor = "section-" + form.getSection();
		}
		else {
			change = DraftChanges.identityList(form.getList(), form.getOp(), form.getIndex(), form.getValue());
			anchor = "list-" + form.getList();
		}
		model.addAttribute("pendingValue", form.getValue());
		if (form.getStep() != null) {
			try {
				this.editor.edit(user, code, form.getVersion(), guarded(change));
				return "redirect:/admin/sop/" + code + "/draft/steps/" + form.getStep() + "#list-" + form.getList();
			}
			catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
				return step(user, code, form.getStep(), locale, model);
			}
		}
		return apply(user, code, form.getVersion(), change, anchor, locale, model, redirect, response);
	}

	@PostMapping("/admin/sop/{code}/draft/lanes")
	String lanes(@AuthenticationPrincipal AlurUser user, @PathVariable String code, LaneForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return apply(user, code, form.getVersion(), DraftChanges.lane(form.getOp(), form.getIndex(), form.fields()),
				"lanes", locale, model, redirect, response);
	}

	@PostMapping("/admin/sop/{code}/draft/steps")
	String steps(@AuthenticationPrincipal AlurUser user, @PathVariable String code, RowForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return apply(user, code, form.getVersion(), DraftChanges.step(form.getOp(), form.getIndex(), null), "steps",
				locale, model, redirect, response);
	}

	@PostMapping("/admin/sop/{code}/draft/sections")
	String sections(@AuthenticationPrincipal AlurUser user, @PathVariable String code, RowForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return apply(user, code, form.getVersion(),
				DraftChanges.section(form.getOp(), form.getIndex(), form.getNo(), form.getTitle()), "sections", locale,
				model, redirect, response);
	}

	@PostMapping("/admin/sop/{code}/draft/phases")
	String phases(@AuthenticationPrincipal AlurUser user, @PathVariable String code, RowForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return apply(user, code, form.getVersion(),
				DraftChanges.phase(form.getOp(), form.getIndex(), form.getNo(), form.getTitle()), "phases", locale,
				model, redirect, response);
	}

	/** A Definisi item of a narrative section: term and meaning. */
	@PostMapping("/admin/sop/{code}/draft/definitions")
	String definitions(@AuthenticationPrincipal AlurUser user, @PathVariable String code, DefinitionForm form,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getOp() == ListOp.ADD || form.getOp() == ListOp.SET) {
			model.addAttribute("pendingValue", java.util.Objects.toString(form.getTerm(), "") + " — "
					+ java.util.Objects.toString(form.getMeaning(), ""));
		}
		return apply(
				user, code, form.getVersion(), DraftChanges.definition(form.getSection(), form.getOp(), form.getIndex(),
						form.getTerm(), form.getMeaning()),
				"section-" + form.getSection(), locale, model, redirect, response);
	}

	/** An Alur Kerja arrow chain of a narrative section, or one item of it. */
	@PostMapping("/admin/sop/{code}/draft/chains")
	String chains(@AuthenticationPrincipal AlurUser user, @PathVariable String code, ChainForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("pendingValue", form.getValue());
		UnaryOperator<SopContent> change = (form.getChain() != null)
				? DraftChanges.chainItem(form.getSection(), form.getChain(), form.getOp(), form.getIndex(),
						form.getValue())
				: DraftChanges.chain(form.getSection(), form.getOp(), form.getIndex(), form.getValue());
		return apply(user, code, form.getVersion(), change, "section-" + form.getSection(), locale, model, redirect,
				response);
	}

	/** The enactment block of a narrative SOP (place, date, signatory). */
	@PostMapping("/admin/sop/{code}/draft/enactment")
	String enactment(@AuthenticationPrincipal AlurUser user, @PathVariable String code,
			@ModelAttribute("enactmentForm") EnactmentForm form, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return apply(user, code, form.getVersion(), DraftChanges.enactment(form.fields()), "enactment", locale, model,
				redirect, response);
	}

	/** Links a Keterkaitan item to an SOP of the kabupaten by its code. */
	@PostMapping("/admin/sop/{code}/draft/related")
	String related(@AuthenticationPrincipal AlurUser user, @PathVariable String code, RelatedForm form, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("pendingValue", form.getCode());
		try {
			this.editor.linkRelated(user, code, form.getVersion(), form.getIndex(), form.getCode());
		}
		catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return draft(user, code, locale, model);
		}
		catch (Rejected ex) {
			if (ex.field() == null) {
				throw notFound();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("relatedError", text(ex.messageKey(), locale, form.getCode()));
			model.addAttribute("relatedIndex", form.getIndex());
			return draft(user, code, locale, model);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		return "redirect:/admin/sop/" + code + "/draft#list-keterkaitan";
	}

	@GetMapping("/admin/sop/{code}/draft/steps/{index}")
	String step(@AuthenticationPrincipal AlurUser user, @PathVariable String code, @PathVariable int index,
			Locale locale, Model model) {
		Draft draft = this.editor.draft(user, code).orElseThrow(SopAdminController::notFound);
		if (index < 0 || index >= draft.content().steps().size()) {
			throw notFound();
		}
		SopContent.Step step = draft.content().steps().get(index);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.of(step, draft.version()));
		}
		else {
			// the kept form is saved over the current draft when submitted again
			((StepForm) model.getAttribute("stepForm")).setVersion(draft.version());
		}
		model.addAttribute("draft", draft);
		model.addAttribute("code", code);
		model.addAttribute("index", index);
		model.addAttribute("step", step);
		model.addAttribute("problems",
				problems(draft.errors(), locale).stream()
					.filter(p -> p.stepNo() != null && p.stepNo().equals(step.no()))
					.toList());
		model.addAttribute("kinds", StepKind.values());
		model.addAttribute("timeUnits", TimeUnit.values());
		model.addAttribute("stepLists", DraftChanges.STEP_LISTS);
		model.addAttribute("stepNos", draft.content().steps().stream().map(SopContent.Step::no).toList());
		model.addAttribute("dutyKinds", DocumentDuty.Kind.values());
		model.addAttribute("documents", DraftChanges.documents(draft.content()));
		var klasifikasi = this.editor.klasifikasi();
		model.addAttribute("klasifikasi", klasifikasi);
		model.addAttribute("klasifikasiCodes", klasifikasi.stream().map(KlasifikasiArsip.Code::code).toList());
		model.addAttribute("laneRanks", laneRanks(user, draft.content()));
		return "admin/sop/step";
	}

	/**
	 * The peringkat of each lane's position (lower is more senior): paraf goes up in this
	 * order.
	 */
	private Map<String, Integer> laneRanks(AlurUser user, SopContent content) {
		Map<String, Integer> byCode = new HashMap<>();
		this.directory.positions(user.kabupatenId()).forEach(p -> byCode.putIfAbsent(p.code(), p.rank()));
		Map<String, Integer> ranks = new HashMap<>();
		// an external party initials nothing in Alur: only the lanes of positions rank
		content.lanes()
			.stream()
			.filter(lane -> !lane.external() && byCode.containsKey(lane.position()))
			.forEach(lane -> ranks.put(lane.key(), byCode.get(lane.position())));
		return ranks;
	}

	@PostMapping("/admin/sop/{code}/draft/steps/{index}")
	String saveStep(@AuthenticationPrincipal AlurUser user, @PathVariable String code, @PathVariable int index,
			@ModelAttribute("stepForm") StepForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return step(user, code, index, locale, model);
		}
		Draft draft = this.editor.draft(user, code).orElseThrow(SopAdminController::notFound);
		try {
			this.editor.saveStep(user, code, form.getVersion(), index, form.fields(),
					form.dutyFields(DraftChanges.documents(draft.content())), form.getNewItems());
		}
		catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.addAttribute("pendingValue", SopEditorForms.typedItems(form.getNewItems()));
			return step(user, code, index, locale, model);
		}
		catch (SopEditor.StepRefused ex) {
			ex.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.args().toArray(), null));
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return step(user, code, index, locale, model);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		redirect.addFlashAttribute("success", text("admin.sop.saved", locale));
		if (form.getAdd() != null && DraftChanges.STEP_LISTS.contains(form.getAdd())) {
			// an item was added: back to the step, below the list
			return "redirect:/admin/sop/" + code + "/draft/steps/" + index + "#list-" + form.getAdd();
		}
		return "redirect:/admin/sop/" + code + "/draft#step-" + index;
	}

	@PostMapping("/admin/sop/{code}/draft/publish")
	String publish(@AuthenticationPrincipal AlurUser user, @PathVariable String code, PublishForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			int number = this.editor.publish(user, code, form.getVersion(), form.getEffective());
			redirect.addFlashAttribute("success", text("admin.sop.publishedFlash", locale, number));
			return "redirect:/admin/sop/" + code;
		}
		catch (SopEditor.NotPublishable ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("failure", text("admin.sop.notPublishable", locale));
			return draft(user, code, locale, model);
		}
		catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return draft(user, code, locale, model);
		}
		catch (Rejected ex) {
			throw notFound();
		}
	}

	@PostMapping("/admin/sop/{code}/draft/discard")
	String discard(@AuthenticationPrincipal AlurUser user, @PathVariable String code, PublishForm form, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editor.discard(user, code, form.getVersion());
		}
		catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return draft(user, code, locale, model);
		}
		catch (Rejected ex) {
			throw notFound();
		}
		redirect.addFlashAttribute("success", text("admin.sop.discarded", locale));
		return this.editor.revisions(user, code).isEmpty() ? "redirect:/admin/sop" : "redirect:/admin/sop/" + code;
	}

	@GetMapping("/admin/sop/{code}/compare")
	String compare(@AuthenticationPrincipal AlurUser user, @PathVariable String code,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		var revisions = this.editor.revisions(user, code);
		if (revisions.isEmpty()) {
			throw notFound();
		}
		int b = (to != null) ? to : revisions.get(0).number();
		int a = (from != null) ? from : (revisions.size() > 1) ? revisions.get(1).number() : b;
		model.addAttribute("code", code);
		model.addAttribute("revisions", revisions);
		model.addAttribute("comparison",
				this.editor.compare(user, code, a, b).orElseThrow(SopAdminController::notFound));
		return "admin/sop/compare";
	}

	private String apply(AlurUser user, String code, long version, UnaryOperator<SopContent> change, String anchor,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editor.edit(user, code, version, guarded(change));
		}
		catch (SopEditor.DraftChanged | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return draft(user, code, locale, model);
		}
		catch (Rejected ex) {
			throw notFound();
		}
		return "redirect:/admin/sop/" + code + "/draft" + ((anchor != null) ? "#" + anchor : "");
	}

	private static UnaryOperator<SopContent> andThen(UnaryOperator<SopContent> first, UnaryOperator<SopContent> then) {
		return content -> then.apply(first.apply(content));
	}

	/** A list index that no longer exists is a bad request, not a server error. */
	private static UnaryOperator<SopContent> guarded(UnaryOperator<SopContent> change) {
		return content -> {
			try {
				return change.apply(content);
			}
			catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
			}
		};
	}

	private String editorPage(AlurUser user, Draft draft, Locale locale, Model model) {
		String code = draft.revision().code();
		if (!model.containsAttribute("identityForm")) {
			model.addAttribute("identityForm", IdentityForm.of(draft.content(), draft.version()));
		}
		else {
			((IdentityForm) model.getAttribute("identityForm")).setVersion(draft.version());
		}
		if (!model.containsAttribute("enactmentForm")) {
			model.addAttribute("enactmentForm", EnactmentForm.of(draft.content(), draft.version()));
		}
		else {
			((EnactmentForm) model.getAttribute("enactmentForm")).setVersion(draft.version());
		}
		model.addAttribute("draft", draft);
		model.addAttribute("code", code);
		model.addAttribute("problems", problems(draft.errors(), locale));
		model.addAttribute("related", draft.content().identity().keterkaitan());
		SopContent.Identity identity = draft.content().identity();
		model.addAttribute("identityLists", List.of(new NamedList("letterhead", identity.letterhead()),
				new NamedList("dasarHukum", identity.dasarHukum()),
				new NamedList("kualifikasiPelaksana", identity.kualifikasiPelaksana()),
				new NamedList("keterkaitan", identity.keterkaitan().stream().map(SopContent.RelatedSop::text).toList()),
				new NamedList("peralatan", identity.peralatan()), new NamedList("peringatan", identity.peringatan()),
				new NamedList("pencatatan", identity.pencatatan())));
		model.addAttribute("laneNames", draft.content()
			.lanes()
			.stream()
			.collect(java.util.stream.Collectors.toMap(SopContent.Lane::key, SopContent.Lane::name, (x, y) -> x)));
		model.addAttribute("problemsByStep",
				problems(draft.errors(), locale).stream()
					.filter(p -> p.stepNo() != null)
					.collect(java.util.stream.Collectors.groupingBy(Problem::stepNo)));
		model.addAttribute("effectiveDefault", TanggalEfektif
			.publishFormValue(draft.content().identity().tanggalEfektif(), LocalDate.now(this.clock)));
		model.addAttribute("narrative", draft.revision().form() == SopForm.NARRATIVE);
		model.addAttribute("positions", this.directory.positions(user.kabupatenId()));
		model.addAttribute("laneRanks", laneRanks(user, draft.content()));
		model.addAttribute("bindingKinds", id.alurkerja.sop.LaneBinding.Kind.values());
		model.addAttribute("unitKinds", id.alurkerja.org.UnitKind.values());
		model.addAttribute("lanePreviews", this.editor.lanePreviews(user, draft));
		try {
			model.addAttribute("doc", this.documents.document(draft.revision(), user.kabupatenId(), locale, false));
		}
		catch (RuntimeException ex) {
			// a half-written draft must never break the editor; the problems list says
			// why
			log.warn("Preview of draft {} failed: {}", code, ex.toString());
		}
		return "admin/sop/editor";
	}

	private List<Problem> problems(List<ValidationError> errors, Locale locale) {
		return errors.stream().map(e -> new Problem(e.stepNo(), e.message(this.messages, locale))).toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
