package id.alurkerja.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.SopCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks open tasks past their due time and mails the holder and the holder's superior,
 * once per breach. Safe with several application instances: a PostgreSQL advisory lock
 * lets one instance work at a time, and the mark is written in the same transaction.
 * Without a configured SMTP server (the demo), mails go to the log.
 */
@Service
public class OverdueService {

	private static final Logger log = LoggerFactory.getLogger(OverdueService.class);

	/** Any fixed number shared by all instances. */
	static final long LOCK_KEY = 0x416c7572L;

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CaseStore store;

	private final OrgDirectory directory;

	private final SopCatalog sops;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	OverdueService(CaseStore store, OrgDirectory directory, SopCatalog sops, JdbcTemplate jdbc, MessageSource messages,
			ObjectProvider<JavaMailSender> mailSender, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.sops = sops;
		this.jdbc = jdbc;
		this.messages = messages;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	/**
	 * Answers how many tasks were newly marked overdue (0 when another instance holds the
	 * lock).
	 */
	@Transactional
	public int markOverdue() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Long> ids = this.jdbc.queryForList("""
				select id from task where status = 'OPEN' and overdue_notified_at is null and due_at < ?
				order by due_at limit 500""", Long.class, java.sql.Timestamp.from(now));
		List<SimpleMailMessage> mails = new ArrayList<>();
		int marked = 0;
		for (Long id : ids) {
			Optional<Case> found = this.store.forJobIfFree(id);
			if (found.isEmpty()) {
				continue;
			}
			Case c = found.get();
			if (c.markOverdue(format(c.current().getDueAt()))) {
				this.store.save(c);
				mails.addAll(mailsFor(c.file(), c.current()));
				marked++;
			}
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				mails.forEach(OverdueService.this::send);
			}
		});
		return marked;
	}

	private List<SimpleMailMessage> mailsFor(CaseFile c, Task task) {
		LocalDate today = LocalDate.now(this.clock);
		List<Holding> holders = this.directory.holdersOn(c.getKabupatenId(), task.getPositionId(), today);
		if (task.getAssigneePersonId() != null) {
			holders = holders.stream().filter(h -> h.person().id().equals(task.getAssigneePersonId())).toList();
		}
		Set<String> to = new LinkedHashSet<>();
		holders.forEach(h -> addEmail(to, h));
		Set<String> cc = new LinkedHashSet<>();
		PositionView position = this.directory.position(c.getKabupatenId(), task.getPositionId()).orElseThrow();
		if (position.superiorId() != null) {
			this.directory.holdersOn(c.getKabupatenId(), position.superiorId(), today).forEach(h -> addEmail(cc, h));
		}
		cc.removeAll(to);
		String activity = this.sops.revisionById(c.getSopRevisionId())
			.flatMap(r -> r.content().step(task.getStepNo()))
			.map(s -> s.activity())
			.orElse("");
		String holderNames = String.join(", ", holders.stream().map(h -> h.person().name()).toList());
		String subject = this.messages.getMessage("casework.mail.overdue.subject",
				new Object[] { c.getRegistrationNo(), task.getStepNo() }, INDONESIAN);
		String body = this.messages.getMessage("casework.mail.overdue.body", new Object[] { c.getRegistrationNo(),
				c.getPerihal(), task.getStepNo(), activity, format(task.getDueAt()), holderNames }, INDONESIAN);
		if (to.isEmpty() && cc.isEmpty()) {
			return List.of();
		}
		// one mail per breach: the holder in To, the superior in Cc
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setTo(to.isEmpty() ? cc.toArray(String[]::new) : to.toArray(String[]::new));
		if (!to.isEmpty() && !cc.isEmpty()) {
			mail.setCc(cc.toArray(String[]::new));
		}
		mail.setFrom("alur@alur.test");
		mail.setSubject(subject);
		mail.setText(body);
		return List.of(mail);
	}

	private static void addEmail(Set<String> to, Holding h) {
		if (h.person().email() != null && !h.person().email().isBlank()) {
			to.add(h.person().email());
		}
	}

	private void send(SimpleMailMessage mail) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Mail (no SMTP server configured) to {}: {} | {}", String.join(",", mail.getTo()),
					mail.getSubject(), mail.getText());
			return;
		}
		try {
			sender.send(mail);
		}
		catch (RuntimeException ex) {
			// the breach stays marked; the history and the inbox still show it
			log.warn("Mail to {} failed: {}", String.join(",", mail.getTo()), ex.getMessage());
		}
	}

	private String format(Instant at) {
		ZoneId zone = this.clock.getZone();
		return (at != null) ? DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", INDONESIAN).withZone(zone).format(at)
				: "-";
	}

}
