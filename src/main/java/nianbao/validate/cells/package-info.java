/**
 * Which typed cells a broken consistency rule comes down to: the rules as sums of the cells a person
 * types, the one cell the evidence (the report's text, last year's report, the other rules) pins
 * with the value that makes everything agree, or else every cell that could be the wrong one.
 */
package nianbao.validate.cells;
