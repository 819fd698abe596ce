package id.alurkerja.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReportBackPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	@Test
	void theReceiverReportsBackInThePositionItWentTo() {
		Delegation d = delegation(10L, 1L, null, KADIS, KABID, null);
		var v = ReportBackPolicy.mayReportBack(this.org.actor(SARI), d, List.of(d));
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KABID);
	}

	@Test
	void aReceiverOfADelegationMayReportBackButNotComplete() {
		Task t = task(1L, KADIS);
		Delegation d = delegation(10L, 1L, null, KADIS, KASI, null);
		assertThat(ReportBackPolicy.mayReportBack(this.org.actor(ANDI), d, List.of(d)).allowed()).isTrue();
		var complete = CompletionPolicy.mayComplete(this.org.actor(ANDI), t, List.of(d), this.org);
		assertThat(complete.allowed()).isFalse();
		assertThat(complete.code()).isEqualTo("casework.task.notYours");
	}

	@Test
	void aReportBackWaitsForWhatWasHandedFurtherDown() {
		Delegation toKasi = delegation(10L, 1L, null, KADIS, KASI, null);
		Delegation toStaf = delegation(11L, 1L, 10L, KASI, STAF, DEWI);
		var waiting = ReportBackPolicy.mayReportBack(this.org.actor(ANDI), toKasi, List.of(toKasi, toStaf));
		assertThat(waiting.allowed()).isFalse();
		assertThat(waiting.refusal().kind()).isEqualTo(Verdict.Kind.INVALID);
		assertThat(waiting.code()).isEqualTo("casework.report.childOpen");
		reported(toStaf);
		assertThat(ReportBackPolicy.mayReportBack(this.org.actor(ANDI), toKasi, List.of(toKasi, toStaf)).allowed())
			.isTrue();
	}

	@Test
	void anOpenDelegationElsewhereDoesNotHoldUpTheReportBack() {
		Delegation toKasi = delegation(10L, 1L, null, KADIS, KASI, null);
		Delegation toKabid = delegation(12L, 1L, null, KADIS, KABID, null);
		assertThat(ReportBackPolicy.mayReportBack(this.org.actor(ANDI), toKasi, List.of(toKasi, toKabid)).allowed())
			.isTrue();
	}

	@Test
	void aDelegationAlreadyReportedBackIsNotReportedAgain() {
		Delegation d = reported(delegation(10L, 1L, null, KADIS, KASI, null));
		var v = ReportBackPolicy.mayReportBack(this.org.actor(ANDI), d, List.of(d));
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(v.code()).isEqualTo("casework.delegation.notOpen");
	}

	@Test
	void onlyTheNamedPersonReportsBackADelegationThatNamesOne() {
		Delegation d = delegation(10L, 1L, null, KASI, STAF, DEWI);
		assertThat(ReportBackPolicy.mayReportBack(this.org.actor(DEWI), d, List.of(d)).allowed()).isTrue();
		assertThat(ReportBackPolicy.mayReportBack(this.org.actor(EKO), d, List.of(d)).code())
			.isEqualTo("casework.delegation.notYours");
	}

	@Test
	void whoeverSentTheDelegationDoesNotReportItBack() {
		Delegation d = delegation(10L, 1L, null, KADIS, KASI, null);
		var v = ReportBackPolicy.mayReportBack(this.org.actor(BUDI), d, List.of(d));
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.delegation.notYours");
	}

}
