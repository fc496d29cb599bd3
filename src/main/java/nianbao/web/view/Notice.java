package nianbao.web.view;

/**
 * A message box on a page.
 *
 * @param kind ok, warn or error
 * @param text the sentence
 */
public record Notice(String kind, String text) {
}
