package id.alurkerja.org.admin;

import java.io.IOException;
import java.util.Locale;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Kop;
import id.alurkerja.org.Kops;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.shared.Rejected;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's kop, set by the kabupaten admin: name lines, address, logo (checked by its
 * content and size) and the box of the signature stamp on signed documents.
 */
@Controller
class KopAdminController {

	private final Kops kops;

	private final OrgDirectory directory;

	private final MessageSource messages;

	KopAdminController(Kops kops, OrgDirectory directory, MessageSource messages) {
		this.kops = kops;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/admin/org/units/{id}/kop")
	String show(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		UnitView unit = unit(user, id);
		KopForm form = new KopForm();
		this.kops.own(user.kabupatenId(), id).ifPresent(kop -> form.fill(kop));
		return page(user, unit, form, model);
	}

	@PostMapping("/admin/org/units/{id}/kop")
	String save(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @ModelAttribute("kopForm") KopForm form,
			BindingResult binding, @RequestParam(name = "logo", required = false) MultipartFile logo,
			RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response) throws IOException {
		UnitView unit = unit(user, id);
		if (logo != null && logo.getSize() > Kops.MAX_LOGO_BYTES) {
			binding.rejectValue("lines", "admin.kop.logoTooLarge", new Object[] { Kops.MAX_LOGO_BYTES / 1024 }, null);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(user, unit, form, model);
		}
		try {
			this.kops.save(user, id,
					new Kops.KopChange(form.getLines(), form.getAddress(),
							(logo != null && !logo.isEmpty()) ? logo.getBytes() : null, form.isRemoveLogo(),
							form.getStampX(), form.getStampY(), form.getStampWidth(), form.getStampHeight()));
		}
		catch (Rejected ex) {
			String field = "logo".equals(ex.field()) ? null : ex.field();
			if (field != null) {
				binding.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
			}
			else {
				binding.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(user, unit, form, model);
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("admin.kop.saved", null, locale));
		return "redirect:/admin/org/units/" + id + "/kop";
	}

	private String page(AlurUser user, UnitView unit, KopForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("kopForm", form);
		if (!model.containsAttribute("org.springframework.validation.BindingResult.kopForm")) {
			model.addAttribute("org.springframework.validation.BindingResult.kopForm",
					new BeanPropertyBindingResult(form, "kopForm"));
		}
		model.addAttribute("own", this.kops.own(user.kabupatenId(), unit.id()).orElse(null));
		model.addAttribute("printed", this.kops.kopOf(user.kabupatenId(), unit.id()));
		model.addAttribute("defaultBox", Kop.StampBox.DEFAULT);
		model.addAttribute("maxLogoKb", Kops.MAX_LOGO_BYTES / 1024);
		return "admin/org/kop";
	}

	private UnitView unit(AlurUser user, Long id) {
		return this.directory.unit(user.kabupatenId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** What the admin typed; kept as typed when refused. */
	public static class KopForm {

		private String lines;

		private String address;

		private boolean removeLogo;

		private Integer stampX;

		private Integer stampY;

		private Integer stampWidth;

		private Integer stampHeight;

		void fill(Kop kop) {
			this.lines = String.join("\n", kop.lines());
			this.address = kop.address();
			if (kop.stamp() != Kop.StampBox.DEFAULT) {
				this.stampX = kop.stamp().xMm();
				this.stampY = kop.stamp().yMm();
				this.stampWidth = kop.stamp().widthMm();
				this.stampHeight = kop.stamp().heightMm();
			}
		}

		public String getLines() {
			return this.lines;
		}

		public void setLines(String lines) {
			this.lines = lines;
		}

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public boolean isRemoveLogo() {
			return this.removeLogo;
		}

		public void setRemoveLogo(boolean removeLogo) {
			this.removeLogo = removeLogo;
		}

		public Integer getStampX() {
			return this.stampX;
		}

		public void setStampX(Integer stampX) {
			this.stampX = stampX;
		}

		public Integer getStampY() {
			return this.stampY;
		}

		public void setStampY(Integer stampY) {
			this.stampY = stampY;
		}

		public Integer getStampWidth() {
			return this.stampWidth;
		}

		public void setStampWidth(Integer stampWidth) {
			this.stampWidth = stampWidth;
		}

		public Integer getStampHeight() {
			return this.stampHeight;
		}

		public void setStampHeight(Integer stampHeight) {
			this.stampHeight = stampHeight;
		}

	}

}
