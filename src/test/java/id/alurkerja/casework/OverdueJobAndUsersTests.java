package id.alurkerja.casework;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.alurkerja.audit.CaseHistory;
import id.alurkerja.audit.EventType;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.shared.CaseId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue job and a user acting on the same case at once: the job leaves a case whose
 * lock a user holds for its next run, appends its history under the case's lock, and its
 * mark does not make a form rendered before it stale.
 */
@SpringBootTest
@Import(CaseworkFixture.class)
class OverdueJobAndUsersTests {

	@Autowired
	CaseworkFixture f;

	@Autowired
	OverdueService overdue;

	@Autowired
	CaseService cases;

	@Autowired
	CaseHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theJobSkipsACaseAUserIsActingOnAndMarksItOnItsNextRunWithoutStalingTheUsersForm() throws Exception {
		CaseworkFixture.Overdue overdue = this.f.overdueAtTheBupati("Terlambat bersamaan");
		Long id = overdue.caseId();
		TaskView bupati = overdue.task();

		// a user's action holds the case's row lock while the job runs
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> user = CompletableFuture
			.runAsync(() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
				this.jdbc.queryForObject("select id from case_file where id = ? for update", Long.class, id);
				locked.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.overdue.markOverdue()).as("a case a user is acting on waits for the next run").isZero();
		release.countDown();
		user.get(10, TimeUnit.SECONDS);

		assertThat(this.overdue.markOverdue()).isEqualTo(1);
		assertThat(this.f.detail("bupati.sanggau", id).events()).filteredOn(e -> e.type() == EventType.OVERDUE)
			.hasSize(1);

		// the Bupati's form was rendered before the job marked the task: it still applies
		this.cases.complete(this.f.user("bupati.sanggau"), bupati.id(), new Completion(bupati.version(), Outcome.DONE,
				null, null, Sifat.BIASA, null, null, "Diterima langsung", null));
		assertThat(this.f.detail("bupati.sanggau", id).tasks()).filteredOn(t -> t.id().equals(bupati.id()))
			.singleElement()
			.satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
		assertThat(this.history.verify(CaseId.of(id)).intact()).isTrue();
	}

}
