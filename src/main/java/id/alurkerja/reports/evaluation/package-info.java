/**
 * The evaluation of SOP application, the monitoring forms and the dashboard, with the
 * task measures they read. Exposed as a named interface for the benchmark (module
 * {@code simulation}), which times these services directly.
 */
@org.springframework.modulith.NamedInterface("evaluation")
package id.alurkerja.reports.evaluation;
