package nianbao.legacy;

/**
 * A run of lines, first and last inclusive (one-based), e.g. where a statistics table sits.
 *
 * @param first first line
 * @param last last line
 */
record LineSpan(int first, int last) {

    boolean contains(int line) {
        return line >= first && line <= last;
    }
}
