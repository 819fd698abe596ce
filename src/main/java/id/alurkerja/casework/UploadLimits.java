package id.alurkerja.casework;

/**
 * How much one upload may be: its bytes, and for a ZIP-based format (DOCX, XLSX, ODT)
 * what its entries inflate to and how many there are, so that a small file that unpacks
 * to gigabytes (a ZIP bomb) is refused before it is stored or sent to anyone's office
 * suite.
 */
public record UploadLimits(long maxBytes, long maxInflatedBytes, int maxEntries) {
}
