package id.alurkerja.casework;

public enum CaseStatus {

	BERJALAN, SELESAI, DIBATALKAN

}
