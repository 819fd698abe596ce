package id.alurkerja.casework.web;

import java.time.LocalDate;
import java.util.UUID;

import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.ReportKind;
import id.alurkerja.casework.Sifat;
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

	record NewCaseForm(@NotBlank(message = "{casework.start.sopUnknown}") String sopCode,
			@NotBlank(message = "{casework.start.perihalRequired}") @Size(max = 500) String perihal,
			@NotBlank(message = "{casework.start.suratDariRequired}") @Size(max = 300) String suratDari,
			@Size(max = 200) String nomorSurat, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalSurat,
			// its range is DatePolicy's, checked by the service
			@NotNull(message = "{casework.start.receivedOnInvalid}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@NotNull(message = "{casework.start.sifatRequired}") Sifat sifat, UUID token) {

		static NewCaseForm empty(String sopCode) {
			return new NewCaseForm(sopCode, "", "", "", null, LocalDate.now(), Sifat.BIASA, UUID.randomUUID());
		}

	}

	record CompleteForm(long version, Outcome outcome, @Size(max = 2000) String reason, @Size(max = 2000) String arahan,
			Sifat sifat, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Long nextPersonId,
			@Size(max = 1000) String outputMissingReason, UUID token) {

		static CompleteForm empty(long version) {
			return new CompleteForm(version, null, "", "", Sifat.BIASA, null, null, "", UUID.randomUUID());
		}

	}

	record DelegateForm(Long toPositionId, Long toPersonId, @Size(max = 2000) String arahan, Sifat sifat,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, UUID token) {

		static DelegateForm empty() {
			return new DelegateForm(null, null, "", Sifat.BIASA, null, UUID.randomUUID());
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

}
