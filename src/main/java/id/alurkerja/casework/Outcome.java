package id.alurkerja.casework;

/**
 * How a step was completed: done, or on a decision step Ya (approve) or Tidak (return).
 */
public enum Outcome {

	DONE, YA, TIDAK

}
