/**
 * The report itself: meta, narrative texts and table values by field ID, each value remembering
 * where it came from and how it was obtained. Also its JSON form.
 */
package nianbao.model;
