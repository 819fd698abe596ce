package id.alurkerja.casework;

import id.alurkerja.org.AssignmentKind;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class CancelPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	// a case of the Seksi Kurikulum, under Bidang SD, under Dinas Pendidikan
	private final CaseFile c = caseFile(SEKSI_KURIKULUM, DEWI);

	@Test
	void theHeadOfTheCasesUnitOrAboveOrAnAdminMayCancel() {
		assertThat(CancelPolicy.mayCancel(this.org.actor(ANDI), this.c, this.org).allowed()).as("Kasi").isTrue();
		assertThat(CancelPolicy.mayCancel(this.org.actor(TONO), this.c, this.org).allowed()).as("Plt. Kabid").isTrue();
		assertThat(CancelPolicy.mayCancel(this.org.actor(BUDI), this.c, this.org).allowed()).as("Kadis").isTrue();
		assertThat(CancelPolicy.mayCancel(this.org.admin(), this.c, this.org).allowed()).as("admin").isTrue();
	}

	@Test
	void aStaffMemberOfTheUnitMayNotCancelEvenHavingRegisteredTheCase() {
		var v = CancelPolicy.mayCancel(this.org.actor(DEWI), this.c, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.NOT_ALLOWED);
		assertThat(v.code()).isEqualTo("casework.cancel.notAllowed");
	}

	@Test
	void theHeadOfAnotherUnitMayNotCancel() {
		var v = CancelPolicy.mayCancel(this.org.actor(RINA), this.c, this.org);
		assertThat(v.code()).isEqualTo("casework.cancel.notAllowed");
	}

	@Test
	void theHeadOfAUnitBelowTheCasesUnitMayNotCancel() {
		CaseFile ofBidang = caseFile(BIDANG_SD, SARI);
		assertThat(CancelPolicy.mayCancel(this.org.actor(ANDI), ofBidang, this.org).code())
			.isEqualTo("casework.cancel.notAllowed");
		assertThat(CancelPolicy.mayCancel(this.org.actor(SARI), ofBidang, this.org).allowed()).isTrue();
	}

	@Test
	void anotherKabupatensUserCannotCancel() {
		var otherAdmin = this.org.actorWith(ADMIN, OTHER_KAB, true);
		var v = CancelPolicy.mayCancel(otherAdmin, this.c, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.NOT_FOUND);
		assertThat(v.code()).isEqualTo("casework.notFound");
		var otherHead = this.org.actorWith(BUDI, OTHER_KAB, false,
				this.org.holding(KADIS, BUDI, AssignmentKind.DEFINITIF));
		assertThat(CancelPolicy.mayCancel(otherHead, this.c, this.org).refusal().kind())
			.isEqualTo(Verdict.Kind.NOT_FOUND);
	}

	@Test
	void aCaseNoLongerRunningIsNotCancelled() {
		this.c.cancel("Pemohon menarik permohonan", NOW);
		var v = CancelPolicy.mayCancel(this.org.admin(), this.c, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(v.code()).isEqualTo("casework.case.notRunning");
		assertThat(v.refusal().args()).containsExactly("007/SOP-1/2026");
	}

}
