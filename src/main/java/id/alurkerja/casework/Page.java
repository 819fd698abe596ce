package id.alurkerja.casework;

import java.util.List;

/** A page of a list: its rows, which page, and how many rows there are in all. */
public record Page<T>(List<T> rows, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
