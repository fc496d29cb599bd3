package nianbao.compare;

import java.util.List;

/**
 * The draft sentences under one heading of 一、总体情况.
 *
 * @param heading （一）主动公开情况, （二）依申请公开情况
 * @param sentences the sentences made, in order, for the clerk to copy
 * @param notes what was left out and why, and which numbers were inferred by the import
 */
public record DraftSection(String heading, List<String> sentences, List<String> notes) {

    public DraftSection {
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }
}
