package id.alurkerja.casework;

import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.alurkerja.audit.EventType;
import id.alurkerja.casework.CaseDetail.TaskView;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue job mails the holder and the holder's superior once per breach, through
 * real SMTP.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@Import(CaseworkFixture.class)
class OverdueMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	CaseworkFixture f;

	@Autowired
	OverdueService overdue;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOverdueTaskIsMailedOnceToItsHolderAndTheSuperior() throws Exception {
		CaseworkFixture.Overdue overdueCase = this.f.overdueAtTheBupati("Terlambat");
		Long id = overdueCase.caseId();
		TaskView bupati = overdueCase.task();

		assertThat(this.overdue.markOverdue()).isEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(Arrays.stream(received).map(m -> {
			try {
				return m.getMessageID();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct()).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).contains("Terlambat").contains("langkah 2");
		assertThat(Arrays.toString(mail.getRecipients(Message.RecipientType.TO))).contains("bupati.sanggau@alur.test");
		assertThat(mail.getContent().toString()).contains("Bupati menerima Rancangan Peraturan Bersama Kepala Desa");

		// the breach is marked: the next run sends nothing more
		assertThat(this.overdue.markOverdue()).isZero();
		Thread.sleep(300);
		assertThat(smtp.getReceivedMessages()).hasSize(received.length);
		assertThat(this.f.detail("bupati.sanggau", id).events()).anyMatch(e -> e.type() == EventType.OVERDUE);
	}

}
