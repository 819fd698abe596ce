package id.alurkerja.tte.web;

import java.io.IOException;
import java.util.Optional;

import id.alurkerja.tte.SignatureCheck;
import id.alurkerja.tte.SignedDocuments;
import id.alurkerja.tte.SignedFile;
import id.alurkerja.tte.VerificationThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page of a signed document, reached by its QR code without
 * signing in: what the signed file is (number, title, date, signer and position, office,
 * its SHA-256) and whether its signature is valid; a visitor may upload the PDF they hold
 * to learn whether it is the very file signed. It shows only what {@code tte_signed_file}
 * copied for it, nothing else of the case.
 */
@Controller
class VerificationController {

	private final SignedDocuments documents;

	private final VerificationThrottle throttle;

	private final long maxBytes;

	VerificationController(SignedDocuments documents, VerificationThrottle throttle,
			@Value("${alur.upload.max-size:20MB}") DataSize maxSize) {
		this.documents = documents;
		this.throttle = throttle;
		this.maxBytes = maxSize.toBytes();
	}

	@GetMapping("/verifikasi/{code}")
	String show(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<SignedFile> file = found(code, request, response, model);
		if (file.isEmpty()) {
			return "tte/verifikasi";
		}
		return page(file.get(), model);
	}

	@PostMapping("/verifikasi/{code}")
	String compare(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile upload,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Optional<SignedFile> file = found(code, request, response, model);
		if (file.isEmpty()) {
			return "tte/verifikasi";
		}
		if (upload == null || upload.isEmpty()) {
			model.addAttribute("uploadError", "verifikasi.upload.empty");
		}
		else if (upload.getSize() > this.maxBytes) {
			model.addAttribute("uploadError", "verifikasi.upload.tooLarge");
			model.addAttribute("maxMb", this.maxBytes / (1024 * 1024));
		}
		else {
			SignedDocuments.Match match = this.documents.match(file.get(), upload.getBytes());
			model.addAttribute("match", match);
			model.addAttribute("uploadedName", upload.getOriginalFilename());
		}
		return page(file.get(), model);
	}

	private Optional<SignedFile> found(String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("throttled", true);
			return Optional.empty();
		}
		Optional<SignedFile> file = this.documents.byCode(code);
		if (file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", true);
		}
		return file;
	}

	private String page(SignedFile file, Model model) {
		SignatureCheck.Result check = this.documents.check(file);
		model.addAttribute("file", file);
		model.addAttribute("valid", check.valid() && file.certificateSha256().equals(check.certificateSha256()));
		return "tte/verifikasi";
	}

}
