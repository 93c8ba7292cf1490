package org.kring.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** What a run measured, as key=value lines in facts.properties (bench/run appends its own, e.g. cold start). */
final class Facts {

    private final Path file;
    private final Properties values = new Properties();

    Facts(Path dir) {
        this.file = dir.resolve("facts.properties");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                try (Reader r = Files.newBufferedReader(file)) {
                    values.load(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void put(String key, Object value) {
        values.setProperty(key, value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value));
        try (Writer w = Files.newBufferedWriter(file)) {
            values.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key) {
        return values.getProperty(key);
    }

    Double number(String key) {
        String v = values.getProperty(key);
        try {
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
