package id.alurkerja.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.InboxItem;
import id.alurkerja.casework.Page;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.TaskState;
import id.alurkerja.casework.WorkQueries;
import id.alurkerja.casework.WorkQueries.InboxFilter;
import id.alurkerja.casework.WorkQueries.InboxView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.sop.SopCatalog;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The kotak masuk: overdue first, then by due time; counters at the top, each a filter
 * (what needs action, disposisi received, paraf, signatures, unread, late); a badge that
 * refreshes itself with the first of them.
 */
@Controller
class InboxController {

	private final WorkQueries work;

	private final CaseService cases;

	private final SopCatalog sops;

	private final MessageSource messages;

	private final Clock clock;

	InboxController(WorkQueries work, CaseService cases, SopCatalog sops, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.work = work;
		this.sops = sops;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String sop,
			@RequestParam(required = false) TaskState state, @RequestParam(required = false) Sifat sifat,
			@RequestParam(required = false) String q, @RequestParam(required = false) InboxView view,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Page<InboxItem> rows = this.work.inbox(user, new InboxFilter(sop, state, sifat, q, view), Math.max(0, page));
		Instant now = this.clock.instant();
		Map<Long, String> dues = new LinkedHashMap<>();
		rows.rows().forEach(t -> dues.put(t.taskId(), due(t.dueAt(), now, locale)));
		model.addAttribute("page", rows);
		model.addAttribute("dues", dues);
		model.addAttribute("counts", this.work.inboxCounts(user));
		model.addAttribute("view", (view != null) ? view : InboxView.SEMUA);
		model.addAttribute("sops", this.sops.catalogue(user.kabupatenId(), null));
		model.addAttribute("states", TaskState.values());
		model.addAttribute("sifats", Sifat.values());
		model.addAttribute("pageBase",
				UriComponentsBuilder.fromPath("/inbox")
					.queryParamIfPresent("sop", java.util.Optional.ofNullable(sop))
					.queryParamIfPresent("state", java.util.Optional.ofNullable(state))
					.queryParamIfPresent("sifat", java.util.Optional.ofNullable(sifat))
					.queryParamIfPresent("q", java.util.Optional.ofNullable(q))
					.queryParamIfPresent("view", java.util.Optional.ofNullable(view))
					.build()
					.encode()
					.toUriString());
		return "inbox/inbox";
	}

	/** Disposisi keluar: the branches the reader sent, each with where it stands. */
	@GetMapping("/disposisi/keluar")
	String sent(@AuthenticationPrincipal AlurUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<id.alurkerja.casework.SentDisposisi> rows = this.work.sent(user, Math.max(0, page));
		model.addAttribute("page", rows);
		// one token per recall form: a double submit takes the branch back once
		Map<Long, UUID> tokens = new LinkedHashMap<>();
		rows.rows().forEach(d -> tokens.put(d.delegationId(), UUID.randomUUID()));
		model.addAttribute("tokens", tokens);
		model.addAttribute("pageBase", "/disposisi/keluar");
		return "inbox/sent";
	}

	/**
	 * The sender takes a branch back while its recipient has not read it; a read one is
	 * refused as a conflict (the 409 page says it was read).
	 */
	@PostMapping("/disposisi/keluar/{delegationId}/recall")
	String recall(@AuthenticationPrincipal AlurUser user, @PathVariable Long delegationId,
			@RequestParam(required = false) UUID token, RedirectAttributes redirect, Locale locale) {
		this.cases.recall(user, delegationId, token);
		redirect.addFlashAttribute("success", this.messages.getMessage("inbox.sent.recalled", null, locale));
		return "redirect:/disposisi/keluar";
	}

	/** The navigation badge, fetched by htmx on load and every minute. */
	@GetMapping("/inbox/count")
	String count(@AuthenticationPrincipal AlurUser user, Model model) {
		model.addAttribute("total", this.work.inboxTotal(user));
		return "inbox/badge :: badge";
	}

	/** "2 hari lagi", "terlambat 3 jam": the due time relative to now, in whole units. */
	String due(Instant dueAt, Instant now, Locale locale) {
		if (dueAt == null) {
			return this.messages.getMessage("due.none", null, locale);
		}
		Duration left = Duration.between(now, dueAt);
		boolean late = left.isNegative();
		Duration d = left.abs();
		String unit;
		long amount;
		if (d.toDays() >= 1) {
			unit = "days";
			amount = d.toDays();
		}
		else if (d.toHours() >= 1) {
			unit = "hours";
			amount = d.toHours();
		}
		else {
			unit = "minutes";
			amount = Math.max(1, d.toMinutes());
		}
		return this.messages.getMessage((late ? "due.late." : "due.left.") + unit, new Object[] { amount }, locale);
	}

}
