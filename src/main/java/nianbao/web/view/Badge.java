package nianbao.web.view;

/**
 * A coloured status word: 已提交, 有错误（2）, 未提交, 待改正（1）…
 *
 * @param kind the colour: ok, err, warn, info or none
 * @param text the word
 */
public record Badge(String kind, String text) {
}
