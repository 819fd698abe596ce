/**
 * Electronic signature (tanda tangan elektronik): the signed PDF with its stamp and QR
 * code, the signers behind one {@link id.alurkerja.tte.Signer} interface (a local key per
 * kabupaten, or a certification authority's signing service), and the public verification
 * page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tanda Tangan Elektronik",
		allowedDependencies = { "org", "shared" })
package id.alurkerja.tte;
