package id.alurkerja.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A regency: the tenant. Nothing of one kabupaten is ever shown to another. */
@Entity
class Kabupaten {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String code;

	protected Kabupaten() {
	}

	Kabupaten(String name, String code) {
		this.name = name;
		this.code = code;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getCode() {
		return this.code;
	}

}
