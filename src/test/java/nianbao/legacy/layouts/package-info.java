/**
 * The project's own corpus for importing reports whose table grid was lost (issue 10): writers for the
 * four lossy layouts (crawler innerText, PDF text, shredded Markdown, Word-pasted GBK HTML), a generator
 * of consistent reports, and a brute-force truth oracle.
 *
 * <p>How the truth is known: a writer records, for every group of cells it prints, the value vectors
 * the printed text allows (one when the numbers stand apart; every split without leading zeros of a
 * glued digit run, plus the split that takes the next label's ordinal for a digit; every placement of a
 * displaced number). {@link nianbao.legacy.layouts.Oracle} enumerates the joint readings that keep the
 * rules T3-ROW, T3-RESULT, T3-BAL and T4-SUM (written out by hand in {@link nianbao.legacy.layouts.Grid},
 * not taken from the importer): a number is determined when every surviving reading gives it the same
 * value. Two families are kept — the widest a careful reader could entertain (what it determines is
 * scored) and the narrowest (what stays open there is "ambiguous": a value given for it is a guess);
 * cells in between, or past the search budget, are not scored. Cells a layout never prints (the three
 * （六） sub-rows under the old single row) are set by argument: 0 when the single row is 0, else open.
 */
package nianbao.legacy.layouts;
