/**
 * nianbao: the annual report on government information disclosure as data. {@link nianbao.Reports}
 * is the entry point; the stages live in {@code schema → model → xlsx | validate | render | legacy
 * | merge}, with {@code cli} on top.
 */
package nianbao;
