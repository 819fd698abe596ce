/**
 * The kotak masuk: each person's work queue over their own and acting positions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kotak Masuk")
package id.alurkerja.inbox;
