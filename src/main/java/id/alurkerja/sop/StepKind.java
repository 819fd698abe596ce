package id.alurkerja.sop;

/** The guideline's symbols for a step: terminator (start/end), process, decision. */
public enum StepKind {

	START, PROCESS, DECISION, END

}
