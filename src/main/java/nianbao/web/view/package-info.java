/**
 * What the page templates ({@code src/main/jte}, compiled into {@code nianbao.web.pages}) read: the
 * pages' models as small records and the few formatting helpers they share. No HTML here: the
 * templates write it and escape every value for where it stands.
 */
package nianbao.web.view;
