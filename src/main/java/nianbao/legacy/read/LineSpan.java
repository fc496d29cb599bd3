package nianbao.legacy.read;

/**
 * A run of lines, first and last inclusive (one-based), e.g. where a statistics table sits.
 *
 * @param first first line
 * @param last last line
 */
public record LineSpan(int first, int last) {

    public boolean contains(int line) {
        return line >= first && line <= last;
    }
}
