package id.alurkerja.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person of a kabupaten; the NIP is optional (Bupati and village officials have none).
 */
@Entity
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private String name;

	private String nip;

	private String pangkat;

	private String golongan;

	private String email;

	@Version
	private long version;

	protected Person() {
	}

	Person(Long kabupatenId, String name, String nip, String pangkat, String golongan, String email) {
		this.email = email;
		this.kabupatenId = kabupatenId;
		this.name = name;
		this.nip = nip;
		this.pangkat = pangkat;
		this.golongan = golongan;
	}

	Long getId() {
		return this.id;
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	String getName() {
		return this.name;
	}

	String getNip() {
		return this.nip;
	}

	String getPangkat() {
		return this.pangkat;
	}

	String getGolongan() {
		return this.golongan;
	}

	String getEmail() {
		return this.email;
	}

	void change(String name, String nip, String pangkat, String golongan, String email) {
		this.name = name;
		this.nip = nip;
		this.pangkat = pangkat;
		this.golongan = golongan;
		this.email = email;
	}

}
