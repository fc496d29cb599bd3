/**
 * {@code nianbao serve}: a thin web layer over the library facade — the clerk's pages (template,
 * check and render, import), the agencies' upload links and the office's collection desk, with the
 * {@code --data} folder as the store.
 */
package nianbao.web;
