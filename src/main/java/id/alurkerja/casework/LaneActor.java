package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.PositionView;

/**
 * Who will act in a lane of a new case, shown on the new-case form before the case is
 * registered: the position and its holders today (with Plt./Plh. as held), or why the
 * lane has none for the chosen origin unit.
 *
 * @param lane the lane's name as the SOP writes it
 * @param originBound whether the lane is resolved from the case's origin unit
 * @param external whether the lane is outside the government (recorded on its behalf by
 * {@code position})
 * @param position the position's title, or {@code null} when none was found
 * @param holders the holders' names, each with its Plt./Plh. prefix
 * @param problem the message key of why the lane has no one, or {@code null}
 * @param problemArgs the arguments of that message
 * @param awaitingOrigin whether the lane waits only for the origin unit to be chosen
 */
public record LaneActor(String lane, boolean originBound, boolean external, String position, List<String> holders,
		String problem, List<Object> problemArgs, boolean awaitingOrigin) {

	static LaneActor of(LanePolicy.Cast cast, boolean awaitingOrigin) {
		Verdict<PositionView> position = cast.position();
		List<String> names = cast.signingIn()
			.stream()
			.map(h -> h.person().name() + (h.kind().acting() ? " (" + h.kind().prefix() + ")" : ""))
			.toList();
		String problem = null;
		List<Object> args = List.of();
		if (!position.allowed()) {
			problem = position.code();
			args = position.refusal().args();
		}
		else if (!cast.holders().isEmpty() && names.isEmpty()) {
			problem = "casework.lane.noAccount";
			args = List.of(cast.lane().name(), position.orThrow().title(), cast.holders().get(0).person().name());
		}
		return new LaneActor(cast.lane().name(), cast.lane().boundToOrigin(), cast.lane().external(),
				position.allowed() ? position.orThrow().title() : null, names, problem, args, awaitingOrigin);
	}

	/** Whether the case cannot run as chosen: this lane has no one to act. */
	public boolean blocking() {
		return this.originBound && !this.awaitingOrigin && (this.problem != null || this.holders.isEmpty());
	}

	public Object[] args() {
		return this.problemArgs.toArray();
	}

}
