package id.alurkerja.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class UploadPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	// registered by Dewi (staf); the current step is the Kepala Dinas's
	private final CaseFile c = caseFile(SEKSI_KURIKULUM, DEWI);

	private final Task current = task(1L, KADIS);

	@Test
	void theOwnerOfTheCurrentStepUploads() {
		var v = UploadPolicy.mayUpload(this.org.actor(BUDI), this.c, this.current, List::of, () -> false, this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
	}

	@Test
	void theReceiverOfAnOpenDelegationUploads() {
		Delegation d = delegation(10L, 1L, null, KADIS, KASI, null);
		var v = UploadPolicy.mayUpload(this.org.actor(ANDI), this.c, this.current, () -> List.of(d), () -> false,
				this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KASI);
	}

	@Test
	void theRegistrarUploadsStartingDocumentsOnlyAtTheFirstStep() {
		var atFirst = UploadPolicy.mayUpload(this.org.actor(DEWI), this.c, this.current, List::of, () -> true,
				this.org);
		assertThat(atFirst.allowed()).isTrue();
		assertThat(atFirst.orThrow().position().id()).isEqualTo(STAF);
		var later = UploadPolicy.mayUpload(this.org.actor(DEWI), this.c, this.current, List::of, () -> false, this.org);
		assertThat(later.allowed()).isFalse();
		assertThat(later.code()).isEqualTo("casework.upload.notAllowed");
	}

	@Test
	void someoneElseDoesNotUploadEvenAtTheFirstStep() {
		var v = UploadPolicy.mayUpload(this.org.actor(EKO), this.c, this.current, List::of, () -> true, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.upload.notAllowed");
	}

	@Test
	void aRegistrarWhoHoldsNoPositionTodayDoesNotUpload() {
		var v = UploadPolicy.mayUpload(this.org.actorWith(DEWI, KAB, false), this.c, this.current, List::of, () -> true,
				this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.upload.notAllowed");
	}

}
