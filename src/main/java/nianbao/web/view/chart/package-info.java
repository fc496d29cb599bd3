/**
 * Charts drawn on the server as inline SVG: the geometry of each bar and label, computed here, and drawn by
 * the {@code parts/barchart} and {@code parts/stackchart} templates (which escape every text), so a page needs
 * no script, no image and nothing from outside. Sizes are in SVG units of a fixed-width view box that the page
 * scales to its column.
 */
package nianbao.web.view.chart;
