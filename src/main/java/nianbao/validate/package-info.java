/**
 * The validator: applies the schema's consistency rules and built-in checks to a report and
 * returns findings that name the rule, the cells and the expected and actual values.
 */
package nianbao.validate;
