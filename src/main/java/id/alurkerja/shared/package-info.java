/**
 * Small types every feature module may use and that depend on nothing: the refused-input
 * exception the admin forms share.
 */
package id.alurkerja.shared;
