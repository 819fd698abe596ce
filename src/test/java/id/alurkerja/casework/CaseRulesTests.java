package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.Holding;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import id.alurkerja.sop.StepKind;
import id.alurkerja.sop.TimeUnit;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules as the history generator asks them ({@link CaseRules}): the same policies the
 * services ask, so a simulated step that breaks one fails as a user's action would.
 */
class CaseRulesTests {

	private final PolicyWorld org = new PolicyWorld();

	private final CaseRules rules = CaseRules.of(this.org, KAB);

	private Holding holds(Long positionId, Long personId) {
		return this.org.holding(positionId, personId, AssignmentKind.DEFINITIF);
	}

	private static Step step(StepKind kind, String output) {
		return new Step("3", kind, null, "lane", "Kegiatan", List.of(),
				new TimeStandard(1, 2, TimeUnit.HARI_KERJA, "1-2 Hari"), output, List.of(), null, "4", "2", null, null,
				List.of(), null);
	}

	@Test
	void aDecisionStepTakesYaOrTidakAndAnyOtherStepIsDone() {
		assertThat(CaseRules.outcomes(step(StepKind.DECISION, null))).containsExactlyInAnyOrder(Outcome.YA,
				Outcome.TIDAK);
		assertThat(CaseRules.outcomes(step(StepKind.PROCESS, null))).containsExactly(Outcome.DONE);
	}

	@Test
	void anOutputIsMissingOnlyWhenTheStepNamesOneAndNothingWasUploaded() {
		assertThat(CaseRules.outputMissing(step(StepKind.PROCESS, "Konsep surat"), false)).isTrue();
		assertThat(CaseRules.outputMissing(step(StepKind.PROCESS, "Konsep surat"), true)).isFalse();
		assertThat(CaseRules.outputMissing(step(StepKind.PROCESS, null), false)).isFalse();
	}

	@Test
	void aStepIsHandedDownToAnyPositionBelowItsOwn() {
		assertThat(this.rules.disposableTo(KABID)).extracting(PositionView::id).containsExactlyInAnyOrder(KASI, STAF);
	}

	@Test
	void theOwnerHandsDownTheReceiverReportsBackAndThenTheOwnerCompletes() {
		CaseRules.StepRun run = this.rules.step(KABID, NOW);
		run.dispose(holds(KABID, SARI), KASI, NOW.plusSeconds(60));
		run.reportBack(holds(KASI, ANDI), NOW.plusSeconds(120));
		run.complete(holds(KABID, SARI));
	}

	@Test
	void theOwnerMayNotCompleteWhileADelegationIsOpen() {
		CaseRules.StepRun run = this.rules.step(KABID, NOW);
		run.dispose(holds(KABID, SARI), KASI, NOW);
		assertThatThrownBy(() -> run.complete(holds(KABID, SARI))).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.openDelegations"));
	}

	@Test
	void aStepIsNotHandedToAPositionOutsideTheOwnersOwn() {
		CaseRules.StepRun run = this.rules.step(KASI, NOW);
		assertThatThrownBy(() -> run.dispose(holds(KASI, ANDI), KADIS, NOW)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.delegate.notSubordinate"));
	}

	@Test
	void someoneWhoDoesNotHoldTheStepsPositionMayNotCompleteIt() {
		CaseRules.StepRun run = this.rules.step(KADIS, NOW);
		assertThatThrownBy(() -> run.complete(holds(KASI, ANDI))).isInstanceOf(CaseworkException.NotAllowed.class);
	}

	@Test
	void onlyTheReceiverReportsBack() {
		CaseRules.StepRun run = this.rules.step(KABID, NOW);
		run.dispose(holds(KABID, SARI), KASI, NOW);
		assertThatThrownBy(() -> run.reportBack(holds(STAF, DEWI), NOW))
			.isInstanceOf(CaseworkException.NotAllowed.class);
	}

}
