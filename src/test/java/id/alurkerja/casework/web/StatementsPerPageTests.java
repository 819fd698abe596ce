package id.alurkerja.casework.web;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.WebSession;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox, the case list and the case page run a fixed number of SQL statements,
 * however many rows or how much history they show: no query per row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(StatementsPerPageTests.Counting.class)
class StatementsPerPageTests {

	/**
	 * Counts the statements the web requests send (Tomcat's request threads), not those
	 * of the scheduled jobs (overdue, measuring) that may run while a page is measured.
	 */
	@TestConfiguration
	static class Counting {

		static final AtomicLong STATEMENTS = new AtomicLong();

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !name.contains("Proxy")) {
						return ProxyDataSourceBuilder.create(dataSource).listener(new QueryExecutionListener() {
							@Override
							public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info,
									java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
							}

							@Override
							public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info,
									java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
								if (Thread.currentThread().getName().startsWith("http-nio-")) {
									STATEMENTS.addAndGet(queries.size());
								}
							}
						}).build();
					}
					return bean;
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseQueries caseQueries;

	@Test
	void inboxAndCaseListCostTheSameWithTwoOrTwelveRows() {
		WebSession staf = signedIn("staf.kerjasama.sanggau");
		for (int i = 0; i < 2; i++) {
			caseAtStaf("Sedikit " + i);
		}
		long fewInbox = statements(staf, "/inbox");
		long fewCases = statements(staf, "/cases");
		for (int i = 0; i < 10; i++) {
			caseAtStaf("Banyak " + i);
		}
		assertThat(statements(staf, "/inbox")).isEqualTo(fewInbox);
		assertThat(statements(staf, "/cases")).isEqualTo(fewCases);
	}

	@Test
	void theCasePageCostsTheSameWithALongerHistory() {
		// the viewer stands in the same relation to both cases: the Bupati acted on each
		// at row 2
		Long shortCase = moved("Riwayat pendek", 2);
		Long longCase = caseAtStaf("Riwayat panjang");
		WebSession session = signedIn("bupati.sanggau");
		long shortCost = statements(session, "/cases/" + shortCase);
		long longCost = statements(session, "/cases/" + longCase);
		assertThat(shortCost).as("the request thread's statements are counted").isPositive();
		assertThat(longCost).isEqualTo(shortCost);
	}

	/**
	 * The first page after signing in also stores the session's new CSRF token (sessions
	 * are rows in PostgreSQL): opened once here, so that only the page's own statements
	 * are compared.
	 */
	private WebSession signedIn(String username) {
		WebSession session = new WebSession(this.port);
		session.login(username, "alurdemo");
		assertThat(session.get("/inbox").statusCode()).isEqualTo(200);
		return session;
	}

	private long statements(WebSession session, String path) {
		long before = Counting.STATEMENTS.get();
		assertThat(session.get(path).statusCode()).isEqualTo(200);
		return Counting.STATEMENTS.get() - before;
	}

	private Long start(String perihal) {
		return this.cases.start(user("kasi.kerjasama.sanggau"), new StartCase("DPMPEMDES-CTADES-01", perihal,
				"Desa Sei Tekam", null, null, LocalDate.now(), Sifat.BIASA));
	}

	/** A case moved along to row 8, the Staf's step: seven tasks of history. */
	private Long caseAtStaf(String perihal) {
		return moved(perihal, ACTORS.length);
	}

	private static final String[] ACTORS = { "kasi.kerjasama.sanggau", "bupati.sanggau", "kadis.sanggau",
			"kabid.kerjasama.sanggau", "kasi.kerjasama.sanggau", "kasi.kerjasama.sanggau" };

	/** A case whose first {@code steps} steps were completed by their demo users. */
	private Long moved(String perihal, int steps) {
		Long id = start(perihal);
		for (int i = 0; i < steps; i++) {
			String actor = ACTORS[i];
			AlurUser u = user(actor);
			var task = this.caseQueries.detail(u, id).openTask().orElseThrow();
			this.cases.complete(u, task.id(), new Completion(task.version(), Outcome.DONE, null, "Lanjut", Sifat.BIASA,
					null, null, "Lisan", null));
		}
		return id;
	}

	private AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

}
