package org.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording of Kring during one step (bench/run --profile STEP), as a Markdown section
 * of the report: where the CPU samples were (self), which methods they ran under (inclusive), and the same for
 * Kring's own code only (its nearest frame in each sample), so that a performance claim comes with its profile.
 */
final class Profile {

    static final int TOP = 15;

    private Profile() {
    }

    static void summarize(String step, Path recording, Path markdown) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> kringSelf = new HashMap<>();
        Map<String, Integer> kringInclusive = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                Set<String> seen = new HashSet<>();
                Set<String> seenKring = new HashSet<>();
                boolean nearestKring = true;
                for (int i = 0; i < frames.size(); i++) {
                    String method = name(frames.get(i));
                    if (i == 0) {
                        self.merge(method, 1, Integer::sum);
                    }
                    if (seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                    if (method.startsWith("org.kring.")) {
                        if (nearestKring) {
                            kringSelf.merge(method, 1, Integer::sum);
                            nearestKring = false;
                        }
                        if (seenKring.add(method)) {
                            kringInclusive.merge(method, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<String> md = new ArrayList<>();
        md.add("");
        md.add("## Profile: " + step);
        md.add("");
        md.add(String.format(Locale.ROOT, "JFR (`settings=profile`) on Kring's JVM during the step: %,d CPU samples of all "
                + "threads. Self: the sample's top frame. Inclusive: samples with the method anywhere on the stack. "
                + "Kring: the nearest `org.kring` frame of each sample (self) and any `org.kring` frame (inclusive).", samples));
        table(md, "Top frames, self", self, samples);
        table(md, "Top frames, inclusive", inclusive, samples);
        table(md, "Kring's own frames, nearest", kringSelf, samples);
        table(md, "Kring's own frames, inclusive", kringInclusive, samples);
        Files.write(markdown, md);
        System.err.printf("[bench] profile of %s: %,d samples, %s%n", step, samples, markdown);
    }

    private static void table(List<String> md, String title, Map<String, Integer> counts, int samples) {
        md.add("");
        md.add("| " + title + " | samples | share |");
        md.add("|---|---|---|");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> md.add(String.format(Locale.ROOT, "| `%s` | %,d | %.1f %% |", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples))));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
