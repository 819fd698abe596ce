package id.alurkerja.casework;

public enum TaskStatus {

	OPEN, DONE, CANCELLED

}
