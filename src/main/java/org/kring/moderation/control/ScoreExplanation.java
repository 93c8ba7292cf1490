package org.kring.moderation.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A score in words, so nobody has to guess why something was hidden, e.g.
 * "3 flags: 1 + 1 + 2 (moderator) = 4 ≥ 3 → hidden automatically".
 */
public final class ScoreExplanation {

    private ScoreExplanation() {
    }

    public static String of(List<FlagWeight> flags, BigDecimal threshold, boolean autoHidden) {
        BigDecimal score = flags.stream().map(FlagWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        String terms = flags.isEmpty() ? "0" : flags.stream()
                .map(f -> FlagWeight.plain(f.weight()) + ("member".equals(f.basis()) ? "" : " (" + f.basis() + ")"))
                .collect(Collectors.joining(" + "));
        String count = flags.size() == 1 ? "1 flag" : flags.size() + " flags";
        boolean reached = score.compareTo(threshold) >= 0;
        String outcome = autoHidden ? "hidden automatically" : reached ? "reached the threshold" : "waits for a moderator";
        return count + ": " + terms + " = " + FlagWeight.plain(score) + (reached ? " ≥ " : " < ") + FlagWeight.plain(threshold)
                + " → " + outcome;
    }
}
