package org.tocsin.network.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tocsin.network.reports.ActionReports.DayTotal;

/**
 * A bar chart of actions per day, laid out on the server for an SVG with presentation
 * attributes only (the page allows no script and no inline style).
 */
record DayChart(int width, int height, List<Bar> bars, long max, LocalDate first, LocalDate last) {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    static final int BASE = 180;
    static final int TOP = 20;

    record Bar(int x, int y, int width, int height, LocalDate day, long total) {
    }

    static DayChart of(List<DayTotal> days) {
        if (days.isEmpty()) {
            return new DayChart(WIDTH, HEIGHT, List.of(), 0, null, null);
        }
        long max = Math.max(1, days.stream().mapToLong(DayTotal::total).max().orElse(1));
        // Thin bars for a long span, but never wider than a thumb for a short one.
        int slot = Math.min(48, Math.max(3, WIDTH / days.size()));
        int barWidth = Math.max(2, slot - Math.max(1, slot / 5));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayTotal d = days.get(i);
            int h = (int) Math.round((double) d.total() * (BASE - TOP) / max);
            bars.add(new Bar(i * slot, BASE - h, barWidth, h, d.day(), d.total()));
        }
        return new DayChart(Math.max(WIDTH, days.size() * slot), HEIGHT, bars, max, days.getFirst().day(),
                days.getLast().day());
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int base() {
        return BASE;
    }

    /** Where the last bar ends: the axis and the last day's label stop there, not at the edge. */
    public int end() {
        return bars.isEmpty() ? width : bars.getLast().x() + bars.getLast().width();
    }
}
