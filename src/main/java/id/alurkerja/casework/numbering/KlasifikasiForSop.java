package id.alurkerja.casework.numbering;

import java.util.List;

import id.alurkerja.sop.KlasifikasiArsip;

import org.springframework.stereotype.Component;

/** The SOP editor's klasifikasi arsip: the same list signing numbers with. */
@Component
class KlasifikasiForSop implements KlasifikasiArsip {

	private final Numbering numbering;

	KlasifikasiForSop(Numbering numbering) {
		this.numbering = numbering;
	}

	@Override
	public List<Code> codes() {
		return this.numbering.klasifikasi().stream().map(k -> new Code(k.code(), k.name())).toList();
	}

}
