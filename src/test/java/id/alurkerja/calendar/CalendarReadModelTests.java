package id.alurkerja.calendar;

import java.util.Map;

import id.alurkerja.calendar.CalendarReadModel.Holidays;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.alurkerja.support.ReadModelChecks.columns;
import static id.alurkerja.support.ReadModelChecks.comment;
import static id.alurkerja.support.ReadModelChecks.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model the working calendar publishes is what {@link CalendarReadModel} says,
 * on the holidays of the migrations: its view and columns, commented as the calendar's,
 * one row per holiday with cuti bersama meaning the kind; and PostgreSQL inlines the
 * view, so the reports' calendar joins the holidays by the table's primary key.
 */
@SpringBootTest
class CalendarReadModelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewHasTheDocumentedColumnsAndSaysItIsTheCalendars() {
		assertThat(columns(this.jdbc, Holidays.VIEW)).containsExactlyElementsOf(Holidays.COLUMNS);
		assertThat(comment(this.jdbc, Holidays.VIEW)).startsWith("calendar read model: ");
	}

	@Test
	void everyHolidayIsARowWithItsNameAndKind() {
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as holidays, count(*) filter (where v.cuti_bersama) as cuti_bersama,
				  count(*) filter (where v.day is null or h.day is null or v.name is distinct from h.name
				    or v.cuti_bersama is distinct from (h.kind = 'CUTI_BERSAMA')) as wrong
				from holiday h full join calendar_holiday v on v.day = h.day""");
		assertThat((Number) counts.get("holidays")).isNotEqualTo(0L);
		assertThat((Number) counts.get("cuti_bersama")).isNotEqualTo(0L);
		assertThat(((Number) counts.get("wrong")).longValue()).isZero();
	}

	@Test
	void theViewIsInlinedIntoTheReportsCalendar() {
		// the join of TaskMeasures.CALENDAR: by the table's primary key, no subquery of
		// the view left in the plan
		assertThat(plan(this.jdbc, """
				select g::date, h.day is null from generate_series(date '2026-03-01', date '2026-03-31',
				  interval '1 day') g left join calendar_holiday h on h.day = g::date""")).contains("holiday_pkey")
			.doesNotContain("Subquery Scan");
	}

}
