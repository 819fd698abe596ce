package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.AssignmentKind;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class CompletionPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	@Test
	void theKepalaDinasCompletesHisStep() {
		var v = CompletionPolicy.mayComplete(this.org.actor(BUDI), task(1L, KADIS), List.of(), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.DEFINITIF);
	}

	@Test
	void aPlhOfTheKepalaDinasCompletesTheKepalaDinasStep() {
		var v = CompletionPolicy.mayComplete(this.org.actor(SARI), task(1L, KADIS), List.of(), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.PLH);
	}

	@Test
	void aStaffMemberCannotCompleteTheKepalaDinasStep() {
		var v = CompletionPolicy.mayComplete(this.org.actor(DEWI), task(1L, KADIS), List.of(), this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.task.notYours");
	}

	@Test
	void aStepWithAnOpenDelegationDoesNotComplete() {
		List<Delegation> ds = List.of(reported(delegation(10L, 1L, null, KADIS, KASI, null)),
				delegation(11L, 1L, null, KADIS, KABID, null));
		var v = CompletionPolicy.mayComplete(this.org.actor(BUDI), task(1L, KADIS), ds, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.INVALID);
		assertThat(v.code()).isEqualTo("casework.complete.openDelegations");
		assertThat(v.refusal().args()).containsExactly("Kepala Bidang SD");
	}

	@Test
	void aStepCompletesOnceEveryDelegationIsReportedBack() {
		List<Delegation> ds = List.of(reported(delegation(10L, 1L, null, KADIS, KASI, null)),
				reported(delegation(11L, 1L, null, KADIS, KABID, null)));
		assertThat(CompletionPolicy.mayComplete(this.org.actor(BUDI), task(1L, KADIS), ds, this.org).allowed())
			.isTrue();
	}

	@Test
	void onlyTheNamedPersonCompletesATaskThatNamesOne() {
		Task named = taskNaming(1L, STAF, EKO);
		assertThat(CompletionPolicy.mayComplete(this.org.actor(EKO), named, List.of(), this.org).allowed()).isTrue();
		assertThat(CompletionPolicy.mayComplete(this.org.actor(DEWI), named, List.of(), this.org).code())
			.isEqualTo("casework.task.assignedToOther");
	}

}
