package com.ooma.telo.agent.status;

import java.util.List;

/**
 * The page's one chart: device events taken in per hour over the last 24 hours, as inline SVG (no script, no
 * external asset, so it renders the same with JavaScript off and on a hub with no internet). Only device events:
 * call events and hub log lines are never in it, so it may be shown on the LAN.
 */
final class ActivityChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 120;
    /** The bars' colour; nothing else on the page uses it. */
    static final String BAR_COLOUR = "#1f6feb";
    private static final int AXIS_Y = HEIGHT - 16;

    private ActivityChart() {}

    static String svg(List<Long> hourly) {
        long most = hourly.stream().mapToLong(Long::longValue).max().orElse(0);
        long max = Math.max(1, most);
        int n = Math.max(1, hourly.size());
        double slot = (double) WIDTH / n;
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"activity\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"activity-title\">")
                .append("<title id=\"activity-title\">Device events per hour, last 24 hours; ")
                .append(most == 0 ? "none yet" : "most in one hour: " + most).append("</title>")
                .append("<line x1=\"0\" y1=\"").append(AXIS_Y).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(AXIS_Y).append("\" stroke=\"#888\" stroke-width=\"1\"/>");
        for (int i = 0; i < hourly.size(); i++) {
            long v = hourly.get(i);
            int h = v == 0 ? 0 : (int) Math.max(2, Math.round((double) v * (AXIS_Y - 8) / max));
            if (h > 0) {
                b.append("<rect x=\"").append(Math.round(i * slot + 1)).append("\" y=\"").append(AXIS_Y - h)
                        .append("\" width=\"").append(Math.max(1, Math.round(slot - 2))).append("\" height=\"")
                        .append(h).append("\" fill=\"").append(BAR_COLOUR).append("\"><title>").append(v)
                        .append("</title></rect>");
            }
        }
        b.append("<text x=\"0\" y=\"").append(HEIGHT - 2).append("\" font-size=\"11\" fill=\"#444\">24 h ago</text>")
                .append("<text x=\"").append(WIDTH).append("\" y=\"").append(HEIGHT - 2)
                .append("\" font-size=\"11\" fill=\"#444\" text-anchor=\"end\">now</text></svg>");
        return b.toString();
    }
}
