package com.ooma.telo.simulator.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG plots for the report: bars (calls per hour), a step line (reports received), points (latency) and a
 * line (spool depth), each on linear axes from 0 with five ticks, and fault bands shaded behind the data. Every
 * series carries {@code class="series"} and {@code data-series="NAME"} and every band {@code class="fault"}, so a
 * test (or a reader's devtools) finds them.
 */
final class SvgPlot {
    static final int WIDTH = 1000;
    static final int HEIGHT = 240;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 15;
    private static final int BOTTOM = 40;
    static final String BAR = "#2b6cb0";
    static final String LINE = "#c05621";
    static final String POINT = "#2f855a";
    static final String FAULT = "#e53e3e";

    enum Style { BARS, STEP, POINTS, LINE }

    private SvgPlot() {}

    /**
     * @param xs     x values (bars: the bar index)
     * @param xMax   the x axis' end (at least the largest x)
     * @param bands  faults to shade, in x units
     */
    static String plot(String series, String xLabel, String yLabel, double[] xs, double[] ys, double xMax,
            Style style, String colour, List<Band> bands) {
        double yMax = 0;
        for (double y : ys) {
            yMax = Math.max(yMax, y);
        }
        yMax = niceCeiling(yMax);
        xMax = Math.max(xMax, 1);
        double w = WIDTH - LEFT - RIGHT;
        double h = HEIGHT - TOP - BOTTOM;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(yLabel + " by " + xLabel)).append("\">");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        for (Band band : bands) {
            double x0 = LEFT + w * Math.min(band.from(), xMax) / xMax;
            double x1 = LEFT + w * Math.min(Math.max(band.to(), band.from()), xMax) / xMax;
            b.append("<g class=\"fault\"><rect x=\"").append(f(x0)).append("\" y=\"").append(TOP)
                    .append("\" width=\"").append(f(Math.max(3, x1 - x0))).append("\" height=\"").append(f(h))
                    .append("\" fill=\"").append(FAULT).append("\" fill-opacity=\"0.18\"/><text x=\"")
                    .append(f(x0 + 2)).append("\" y=\"").append(TOP + 11).append("\" font-size=\"10\" fill=\"")
                    .append(FAULT).append("\">").append(Html.esc(band.label())).append("</text></g>");
        }
        // axes and ticks
        b.append("<g stroke=\"#4a5568\" stroke-width=\"1\"><line x1=\"").append(LEFT).append("\" y1=\"")
                .append(f(TOP + h)).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(f(TOP + h))
                .append("\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(LEFT).append("\" y2=\"").append(f(TOP + h)).append("\"/></g>");
        b.append("<g font-size=\"11\" fill=\"#2d3748\" font-family=\"sans-serif\">");
        for (int i = 0; i <= 4; i++) {
            double yv = yMax * i / 4;
            double y = TOP + h - h * i / 4;
            b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(label(yv)).append("</text>");
            double xv = xMax * i / 4;
            double x = LEFT + w * i / 4;
            b.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(TOP + h + 15))
                    .append("\" text-anchor=\"middle\">").append(label(xv)).append("</text>");
        }
        b.append("<text x=\"").append(f(LEFT + w / 2)).append("\" y=\"").append(HEIGHT - 5)
                .append("\" text-anchor=\"middle\">").append(Html.esc(xLabel)).append("</text>");
        b.append("<text x=\"14\" y=\"").append(f(TOP + h / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(f(TOP + h / 2)).append(")\">").append(Html.esc(yLabel)).append("</text></g>");
        b.append("<g class=\"series\" data-series=\"").append(Html.esc(series)).append("\" data-points=\"")
                .append(xs.length).append("\">");
        double sx = w / xMax;
        double sy = yMax == 0 ? 0 : h / yMax;
        switch (style) {
            case BARS -> {
                double bw = Math.max(1, sx * 0.8);
                for (int i = 0; i < xs.length; i++) {
                    if (ys[i] <= 0) {
                        continue;
                    }
                    b.append("<rect x=\"").append(f(LEFT + xs[i] * sx)).append("\" y=\"")
                            .append(f(TOP + h - ys[i] * sy)).append("\" width=\"").append(f(bw))
                            .append("\" height=\"").append(f(ys[i] * sy)).append("\" fill=\"").append(colour)
                            .append("\"/>");
                }
            }
            case POINTS -> {
                for (int i = 0; i < xs.length; i++) {
                    b.append("<circle cx=\"").append(f(LEFT + xs[i] * sx)).append("\" cy=\"")
                            .append(f(TOP + h - ys[i] * sy)).append("\" r=\"3\" fill=\"").append(colour)
                            .append("\"/>");
                }
            }
            case STEP, LINE -> {
                StringBuilder pts = new StringBuilder();
                double lastY = TOP + h;
                for (int i = 0; i < xs.length; i++) {
                    double x = LEFT + xs[i] * sx;
                    double y = TOP + h - ys[i] * sy;
                    if (style == Style.STEP) {
                        pts.append(f(x)).append(',').append(f(lastY)).append(' ');
                    }
                    pts.append(f(x)).append(',').append(f(y)).append(' ');
                    lastY = y;
                }
                b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" points=\"")
                        .append(pts.toString().trim()).append("\"/>");
            }
        }
        b.append("</g></svg>");
        return b.toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v} (and at least 1). */
    static double niceCeiling(double v) {
        if (v <= 1) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
