package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.LanePreview;
import id.alurkerja.sop.SopContent;

import org.springframework.stereotype.Component;

/** The SOP editor's preview of an origin-bound lane, by the rule the cases follow. */
@Component
class LanePreviewForSop implements LanePreview {

	private final OrgDirectory directory;

	private final Clock clock;

	LanePreviewForSop(OrgDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public Optional<Example> preview(Long kabupatenId, Long sopUnitId, SopContent content, SopContent.Lane lane) {
		if (!lane.boundToOrigin()) {
			return Optional.empty();
		}
		Organisation org = Organisation.of(this.directory, kabupatenId, LocalDate.now(this.clock));
		Optional<UnitView> first = LanePolicy.origins(content, sopUnitId, org).stream().findFirst();
		return first.map(origin -> LanePolicy.position(lane, origin.id(), org)
			.value()
			.map(position -> new Example(origin.name(), position.title(),
					org.holdersOn(position.id())
						.stream()
						.map(h -> h.person().name())
						.collect(Collectors.joining(", "))))
			.orElse(new Example(origin.name(), null, "")));
	}

}
