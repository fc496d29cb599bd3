/**
 * The report format as data: fields, tables, layout and consistency rules, loaded from the JSON
 * files under {@code templates/}. Every other stage reads the format only through this package.
 */
package nianbao.schema;
