package id.alurkerja.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.alurkerja.casework.Delegate;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.ReportKind;
import id.alurkerja.casework.Sifat;
import id.alurkerja.tte.Signer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the case pages. Forms are never entities: each becomes one service call.
 */
final class Forms {

	private Forms() {
	}

	/** A kept date as typed, or none when it was not one. */
	private static LocalDate keptDate(String typed) {
		try {
			return (typed != null) ? LocalDate.parse(typed) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A kept id as chosen, or none when it was not a number. */
	private static Long keptId(String typed) {
		return (typed != null && typed.matches("\\d{1,18}")) ? Long.valueOf(typed) : null;
	}

	/** A kept sifat as chosen, or Biasa when it was none. */
	private static Sifat keptSifat(String typed) {
		return Arrays.stream(Sifat.values()).filter(s -> s.name().equals(typed)).findFirst().orElse(Sifat.BIASA);
	}

	record NewCaseForm(@NotBlank(message = "{casework.start.sopUnknown}") String sopCode,
			@NotBlank(message = "{casework.start.perihalRequired}") @Size(max = 500) String perihal,
			@NotBlank(message = "{casework.start.suratDariRequired}") @Size(max = 300) String suratDari,
			@Size(max = 200) String nomorSurat, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalSurat,
			// its range is DatePolicy's, checked by the service
			@NotNull(message = "{casework.start.receivedOnInvalid}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@NotNull(message = "{casework.start.sifatRequired}") Sifat sifat,
			// the unit the case comes from, when the SOP's lanes depend on it
			Long originUnitId, UUID token) {

		static NewCaseForm empty(String sopCode) {
			return new NewCaseForm(sopCode, "", "", "", null, LocalDate.now(), Sifat.BIASA, null, UUID.randomUUID());
		}

		/** The form as typed before the session ended (a new token: nothing was sent). */
		static NewCaseForm kept(Map<String, String> typed, String sopCode) {
			return new NewCaseForm(typed.getOrDefault("sopCode", sopCode), typed.getOrDefault("perihal", ""),
					typed.getOrDefault("suratDari", ""), typed.getOrDefault("nomorSurat", ""),
					keptDate(typed.get("tanggalSurat")), keptDate(typed.get("receivedOn")),
					keptSifat(typed.get("sifat")), keptId(typed.get("originUnitId")), UUID.randomUUID());
		}

	}

	record CompleteForm(long version, Outcome outcome, @Size(max = 2000) String reason, @Size(max = 2000) String arahan,
			Sifat sifat, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Long nextPersonId,
			@Size(max = 1000) String outputMissingReason, UUID token) {

		/** A fresh form; the sifat offered is the case's, which stays unless changed. */
		static CompleteForm empty(long version, Sifat sifat) {
			return new CompleteForm(version, null, "", "", sifat, null, null, "", UUID.randomUUID());
		}

		/**
		 * The texts typed before the session ended, on the task as it is now
		 * ({@code version}).
		 */
		static CompleteForm kept(long version, Map<String, String> typed) {
			return new CompleteForm(version, null, typed.getOrDefault("reason", ""), typed.getOrDefault("arahan", ""),
					keptSifat(typed.get("sifat")), keptDate(typed.get("deadline")), null,
					typed.getOrDefault("outputMissingReason", ""), UUID.randomUUID());
		}

	}

	/**
	 * A disposisi: the positions ticked as recipients (each branch waited for) and as
	 * tembusan (a copy for information), the instructions ticked, a catatan. A single
	 * {@code toPositionId} is one recipient, as older pages sent it.
	 */
	record DelegateForm(Long toPositionId, Long toPersonId, List<Long> recipients, List<Long> tembusan,
			List<String> instructions, @Size(max = 2000) String arahan, Sifat sifat,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, UUID token) {

		DelegateForm {
			recipients = (recipients != null) ? recipients : List.of();
			tembusan = (tembusan != null) ? tembusan : List.of();
			instructions = (instructions != null) ? instructions : List.of();
		}

		static DelegateForm empty(Sifat sifat) {
			return new DelegateForm(null, null, List.of(), List.of(), List.of(), "", sifat, null, UUID.randomUUID());
		}

		/**
		 * The branches: the recipients, then the tembusan not also ticked as recipients.
		 */
		List<Delegate.Recipient> branches() {
			List<Delegate.Recipient> branches = new java.util.ArrayList<>();
			if (this.recipients.isEmpty() && this.tembusan.isEmpty() && this.toPositionId != null) {
				branches.add(new Delegate.Recipient(this.toPositionId, this.toPersonId, true));
			}
			this.recipients.forEach(p -> branches.add(new Delegate.Recipient(p, null, true)));
			this.tembusan.stream()
				.filter(p -> !this.recipients.contains(p))
				.forEach(p -> branches.add(new Delegate.Recipient(p, null, false)));
			return branches;
		}

	}

	record ReportBackForm(@Size(max = 4000) String report, UUID token) {

		static ReportBackForm empty() {
			return new ReportBackForm("", UUID.randomUUID());
		}

	}

	record RecurringReportForm(ReportKind kind, @Size(max = 4000) String body) {

		static RecurringReportForm empty() {
			return new RecurringReportForm(null, "");
		}

	}

	record CancelForm(@Size(max = 1000) String reason, UUID token) {

		static CancelForm empty() {
			return new CancelForm("", UUID.randomUUID());
		}

	}

	/**
	 * The signing confirmation: the klasifikasi arsip (when the SOP leaves it to the
	 * signer) and the signer's password, typed again. The password is never sent back to
	 * the page.
	 */
	/**
	 * The signing form: the klasifikasi, the password again, and for a remote signer the
	 * NIK and the certificate's passphrase (never echoed, never kept).
	 */
	record SignForm(@Size(max = 40) String klasifikasi, @Size(max = 200) String password, @Size(max = 16) String nik,
			@Size(max = 200) String passphrase) {

		static SignForm empty() {
			return new SignForm(null, null, null, null);
		}

		Signer.Credentials credentials() {
			return new Signer.Credentials(this.nik, (this.passphrase != null) ? this.passphrase.toCharArray() : null);
		}

		@Override
		public String toString() {
			return "SignForm[klasifikasi=" + this.klasifikasi + "]";
		}

	}

}
