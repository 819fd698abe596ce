package id.alurkerja.sop;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.SopContent.Enactment;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Phase;
import id.alurkerja.sop.SopContent.Section;
import id.alurkerja.sop.SopContent.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the seed SOPs ({@code sop/seeds/*.yaml}) as published revision 1 at first start,
 * each where its kabupaten and unit exist. A seed that fails validation stops the start
 * with the validator's messages: the seeds are ours to keep runnable.
 */
@Component
@Order(20)
class SeedSops implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedSops.class);

	/** One seed file: where the SOP belongs, then its content in the stored shape. */
	record SeedFile(String code, String kabupaten, String unit, SopForm form, int revision, Identity identity,
			List<Lane> lanes, List<Step> steps, List<Section> sections, List<Phase> phases, Enactment enactment,
			List<String> notes, List<String> corrections) {

		SopContent content() {
			return new SopContent(this.identity, this.lanes, this.steps, this.sections, this.phases, this.enactment,
					this.notes, this.corrections);
		}

	}

	private final SopRepository sops;

	private final SopRevisionRepository revisions;

	private final OrgDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	SeedSops(SopRepository sops, SopRevisionRepository revisions, OrgDirectory directory, MessageSource messages,
			Clock clock) {
		this.sops = sops;
		this.revisions = revisions;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		for (SeedFile seed : readAll()) {
			Optional<KabupatenView> kabupaten = this.directory.kabupatenByName(seed.kabupaten());
			Optional<UnitView> unit = kabupaten.flatMap(k -> this.directory.unitByName(k.id(), seed.unit()));
			if (unit.isEmpty()) {
				log.debug("Seed SOP {} skipped: {} / {} does not exist here", seed.code(), seed.kabupaten(),
						seed.unit());
				continue;
			}
			if (this.sops.findByKabupatenIdAndCode(kabupaten.get().id(), seed.code()).isPresent()) {
				continue;
			}
			load(seed, kabupaten.get().id(), unit.get().id());
		}
	}

	static List<SeedFile> readAll() throws IOException {
		YAMLMapper mapper = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:sop/seeds/*.yaml");
		List<SeedFile> seeds = new java.util.ArrayList<>();
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				seeds.add(mapper.readValue(in, SeedFile.class));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"Seed SOP " + file.getFilename() + " cannot be read: " + ex.getMessage(), ex);
			}
		}
		seeds.sort(java.util.Comparator.comparing(SeedFile::code));
		return seeds;
	}

	private void load(SeedFile seed, Long kabupatenId, Long unitId) {
		SopContent content = seed.content();
		List<ValidationError> errors = SopValidator.validate(content);
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Seed SOP " + seed.code() + " is not valid: "
					+ errors.stream().map(e -> e.message(this.messages, Locale.forLanguageTag("id"))).toList());
		}
		Sop sop = this.sops.save(new Sop(kabupatenId, unitId, seed.code(), seed.form()));
		SopRevision revision = new SopRevision(sop.getId(), seed.revision(), content);
		revision.publish(this.clock.instant());
		this.revisions.save(revision);
		log.info("Seed SOP {} loaded: {} ({} steps)", seed.code(), content.identity().namaSop(),
				content.steps().size());
	}

}
