package org.kring.bench;

/** How big a generated community is. Contributions = ideas + standalone threads + posts. */
record Size(String name, int members, int ideas, int threads, int posts, long votes, int tokens) {

    static Size of(String name) {
        return switch (name) {
            case "small" -> scaled(name, 0.01);
            case "demo" -> scaled(name, 0.1);
            case "1m" -> scaled(name, 1.0);
            default -> throw new IllegalArgumentException("Unknown size " + name + " (small, demo, 1m)");
        };
    }

    /** 1.0 = 1,000,000 contributions (100,000 ideas, 1,000 standalone threads, 899,000 posts), 2,000,000 votes, 50,000 members. */
    private static Size scaled(String name, double f) {
        int ideas = (int) (100_000 * f);
        int threads = (int) (1_000 * f);
        int posts = Math.max(1_000, (int) (1_000_000 * f) - ideas - threads);
        int members = Math.max(1_000, (int) (50_000 * f));
        return new Size(name, members, ideas, threads, posts, (long) (2_000_000 * f), Math.min(members, 5_000));
    }

    long contributions() {
        return (long) ideas + threads + posts;
    }
}
