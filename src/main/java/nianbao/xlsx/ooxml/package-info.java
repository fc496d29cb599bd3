/**
 * OOXML helpers shared by reading and writing workbooks: a secure StAX reader ({@link nianbao.xlsx.ooxml.Xml}),
 * a tag scan for small flat parts, XML text out, zip entries deflated once and copied, Excel's
 * {@code _xHHHH_} escapes and the comments (批注) nianbao writes. Nothing here knows the schema.
 */
package nianbao.xlsx.ooxml;
