package id.alurkerja.casework.web;

import java.util.ArrayList;
import java.util.List;

import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.TaskStatus;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;

/**
 * The SOP's steps with what the case did at each: how often it was done, whether it
 * stands there now, and each return (Tidak) with its reason, in the order they happened.
 */
record CasePath(List<StepMark> steps, List<Loop> loops) {

	record StepMark(Step step, String laneName, int done, boolean current, boolean returnedHere) {
	}

	record Loop(String from, String to, String reason, String by) {
	}

	static CasePath of(CaseDetail detail) {
		SopContent content = detail.revision().content();
		List<StepMark> marks = new ArrayList<>();
		for (Step step : content.steps()) {
			List<TaskView> here = detail.tasks().stream().filter(t -> t.stepNo().equals(step.no())).toList();
			int done = (int) here.stream().filter(t -> t.status() == TaskStatus.DONE).count();
			boolean current = here.stream().anyMatch(t -> t.status() == TaskStatus.OPEN);
			boolean returned = here.stream().anyMatch(t -> t.returnReason() != null);
			String lane = content.lane(step.lane()).map(SopContent.Lane::name).orElse(step.lane());
			marks.add(new StepMark(step, lane, done, current, returned));
		}
		List<Loop> loops = detail.tasks()
			.stream()
			.filter(t -> t.outcome() == Outcome.TIDAK)
			.map(t -> new Loop(t.stepNo(), content.step(t.stepNo()).map(Step::tidak).orElse("?"),
					detail.tasks()
						.stream()
						.filter(n -> t.stepNo().equals(n.returnedFromStep()) && n.createdAt().equals(t.completedAt()))
						.map(TaskView::returnReason)
						.findFirst()
						.orElse(null),
					t.completedByName()))
			.toList();
		return new CasePath(marks, loops);
	}

}
