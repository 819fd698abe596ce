package id.alurkerja.sop;

import java.util.List;

/**
 * The national list of klasifikasi arsip that a signing step's duty is chosen from. The
 * list belongs to the letter numbering in casework, which answers this port: casework
 * reads the SOPs, so the SOP module may not ask casework itself.
 */
public interface KlasifikasiArsip {

	/** An archive classification code and its name, e.g. 005 Undangan. */
	record Code(String code, String name) {
	}

	/** Every code, in code order. */
	List<Code> codes();

}
