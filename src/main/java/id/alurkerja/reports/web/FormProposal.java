package id.alurkerja.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.Flag;
import id.alurkerja.reports.evaluation.MonitoringForms.FormRow;
import id.alurkerja.reports.evaluation.StepFigures;

import org.springframework.context.MessageSource;

/**
 * The monitoring form as proposed from the figures: Berjalan dengan baik unless a flag
 * says the step holds cases up; the note states the figures, the action follows the
 * flags.
 */
final class FormProposal {

	private FormProposal() {
	}

	static List<FormRow> rows(Evaluation evaluation, MessageSource messages, Locale locale) {
		List<FormRow> rows = new ArrayList<>();
		int ord = 1;
		for (StepFigures s : evaluation.steps()) {
			String unit = messages.getMessage("reports.unit." + s.unit().name(), null, locale);
			String catatan;
			if (s.completed() == 0) {
				catatan = messages.getMessage("reports.proposal.none", null, locale);
			}
			else {
				catatan = messages.getMessage("reports.proposal.note",
						new Object[] { s.completed(), Views.number(s.median(), locale), Views.number(s.p90(), locale),
								unit, (s.standard() != null) ? s.standard().printed() : "—",
								(s.withinShare() != null) ? Views.percent(s.withinShare(), locale) : "—", s.returns() },
						locale);
			}
			String tindakan = s.flags()
				.stream()
				.map(f -> messages.getMessage("reports.action." + f.name(), null, locale))
				.collect(Collectors.joining(" "));
			if (tindakan.isEmpty()) {
				tindakan = messages.getMessage("reports.action.keep", null, locale);
			}
			rows.add(new FormRow(ord++, s.no(), s.no() + ". " + s.activity(), s.proposedBaik(), s.proposedBaik(),
					catatan, tindakan, s.completed(), s.median(), s.p90(), unit,
					(s.standard() != null) ? s.standard().printed() : null, s.withinShare(), s.overdue(), s.returns()));
		}
		return rows;
	}

	static boolean holdsUp(Flag flag) {
		return flag.holdsUp();
	}

}
