package com.claimwire.ops.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Draws {@code report.png} with Java2D: over the run's time line, per-article ingest-to-searchable (and alert)
 * latency with each phase's p50/p99, throughput per second, consumer lag per group and CPU per process.
 */
final class ReportChart {

    private static final int WIDTH = 1400;
    private static final int PANEL_HEIGHT = 300;
    private static final int LEFT = 90;
    private static final int RIGHT = 330;
    private static final int TOP = 40;
    private static final int GAP = 50;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
            new Color(0x7f7f7f), new Color(0xbcbd22)};

    private ReportChart() {
    }

    /** A named line or point series in (seconds, value). */
    record Series(String name, List<double[]> points, boolean dots) {
    }

    static void write(BenchReport report, Path file) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = draw(report);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static BufferedImage draw(BenchReport report) {
        double lastSample = Stream.concat(
                report.processSamples().values().stream().flatMap(List::stream).map(ProcessSampler.Sample::at),
                report.lagSamples().values().stream().flatMap(List::stream).map(LagSampler.Sample::at))
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double end = Math.max(1, Math.max(lastSample,
                report.phases().stream().mapToDouble(PhaseResult::endedAt).max().orElse(0)) / 1000);
        List<Series> latency = new ArrayList<>();
        latency.add(new Series("searchable latency (per article)", points(report.articles(),
                ArticleTimeline::acceptedAt, ArticleTimeline::searchableLatency), true));
        latency.add(new Series("alert latency (per article)", points(report.articles(),
                ArticleTimeline::acceptedAt, ArticleTimeline::alertLatency), true));
        for (PhaseResult phase : report.phases()) {
            if (phase.searchableLatency().count() > 0) {
                latency.add(new Series(phase.name() + " searchable p99 " + ReportWriter.number(
                        phase.searchableLatency().p99()) + " ms", List.of(
                        new double[] {phase.startedAt() / 1000, phase.searchableLatency().p99() / 1000},
                        new double[] {phase.sendEndedAt() / 1000, phase.searchableLatency().p99() / 1000}), false));
                latency.add(new Series(phase.name() + " searchable p50 " + ReportWriter.number(
                        phase.searchableLatency().p50()) + " ms", List.of(
                        new double[] {phase.startedAt() / 1000, phase.searchableLatency().p50() / 1000},
                        new double[] {phase.sendEndedAt() / 1000, phase.searchableLatency().p50() / 1000}), false));
            }
        }
        latency.replaceAll(series -> new Series(series.name(), series.points().stream()
                .map(p -> series.dots() ? new double[] {p[0], p[1] / 1000} : p).toList(), series.dots()));
        List<Series> throughput = List.of(
                new Series("accepted by ingest /s", perSecond(report.articles(), ArticleTimeline::acceptedAt, end), false),
                new Series("searchable /s", perSecond(report.articles(), ArticleTimeline::searchableAt, end), false));
        List<Series> lag = new ArrayList<>();
        report.lagSamples().forEach((group, samples) -> lag.add(new Series(group,
                samples.stream().map(s -> new double[] {s.at() / 1000, s.lag()}).toList(), false)));
        List<Series> cpu = new ArrayList<>();
        report.processSamples().forEach((name, samples) -> cpu.add(new Series(name,
                samples.stream().map(s -> new double[] {s.at() / 1000, s.cpuPercent()}).toList(), false)));

        List<Map.Entry<String, List<Series>>> panels = List.of(
                Map.entry("Latency (s) by time accepted", latency),
                Map.entry("Throughput (articles/s)", throughput),
                Map.entry("Consumer lag (records)", lag),
                Map.entry("CPU (% of one core)", cpu));
        int height = TOP + panels.size() * (PANEL_HEIGHT + GAP);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Claimwire bench " + report.run().id() + " (" + report.machine().cores() + " cores, load "
                + report.loadAtStart() + " → " + report.loadAtEnd() + ")", LEFT, 24);
        int top = TOP;
        for (Map.Entry<String, List<Series>> panel : panels) {
            drawPanel(g, panel.getKey(), panel.getValue(), report.phases(), end, top);
            top += PANEL_HEIGHT + GAP;
        }
        g.dispose();
        return image;
    }

    private static List<double[]> points(List<ArticleTimeline> articles, ToDoubleFunction<ArticleTimeline> x,
                                         ToDoubleFunction<ArticleTimeline> y) {
        List<double[]> points = new ArrayList<>();
        for (ArticleTimeline article : articles) {
            double px = x.applyAsDouble(article);
            double py = y.applyAsDouble(article);
            if (!Double.isNaN(px) && !Double.isNaN(py)) {
                points.add(new double[] {px / 1000, py});
            }
        }
        return points;
    }

    /** Events per whole second of the run, from second 0 to {@code endSeconds}. */
    static List<double[]> perSecond(List<ArticleTimeline> articles, ToDoubleFunction<ArticleTimeline> at,
                                    double endSeconds) {
        int seconds = (int) Math.ceil(endSeconds) + 1;
        int[] counts = new int[seconds];
        for (ArticleTimeline article : articles) {
            double t = at.applyAsDouble(article);
            if (!Double.isNaN(t) && t >= 0) {
                counts[Math.min(seconds - 1, (int) (t / 1000))]++;
            }
        }
        List<double[]> points = new ArrayList<>(seconds);
        for (int s = 0; s < seconds; s++) {
            points.add(new double[] {s + 0.5, counts[s]});
        }
        return points;
    }

    private static void drawPanel(Graphics2D g, String title, List<Series> series, List<PhaseResult> phases,
                                  double endSeconds, int top) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        double maxY = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                maxY = Math.max(maxY, p[1]);
            }
        }
        maxY = niceCeiling(maxY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, top - 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // Phase bands, so each figure can be read against the rate that produced it.
        for (int i = 0; i < phases.size(); i++) {
            PhaseResult phase = phases.get(i);
            double x0 = LEFT + plotWidth * phase.startedAt() / 1000 / endSeconds;
            double x1 = LEFT + plotWidth * phase.endedAt() / 1000 / endSeconds;
            g.setColor(i % 2 == 0 ? new Color(0xf2f2f2) : new Color(0xe6eef7));
            g.fill(new Rectangle2D.Double(x0, top, Math.max(1, x1 - x0), PANEL_HEIGHT));
            g.setColor(Color.DARK_GRAY);
            g.drawString(phase.name(), (float) x0 + 3, top + 12);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, top, plotWidth, PANEL_HEIGHT);
        for (int tick = 0; tick <= 4; tick++) {
            double value = maxY * tick / 4;
            int y = top + PANEL_HEIGHT - (int) (PANEL_HEIGHT * tick / 4.0);
            g.setColor(new Color(0xcccccc));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, value >= 10 || value == 0 ? "%.0f" : "%.2f", value), 8, y + 4);
        }
        int xTicks = 10;
        for (int tick = 0; tick <= xTicks; tick++) {
            int x = LEFT + plotWidth * tick / xTicks;
            g.drawString(String.format(Locale.ROOT, "%.0f s", endSeconds * tick / xTicks), x - 10,
                    top + PANEL_HEIGHT + 14);
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Color colour = PALETTE[i % PALETTE.length];
            colours.put(s.name(), colour);
            g.setColor(s.dots() ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110) : colour);
            g.setStroke(new BasicStroke(s.dots() ? 1f : 2f));
            double[] previous = null;
            for (double[] p : s.points()) {
                double x = LEFT + plotWidth * p[0] / endSeconds;
                double y = top + PANEL_HEIGHT - (maxY == 0 ? 0 : PANEL_HEIGHT * p[1] / maxY);
                if (s.dots()) {
                    g.fill(new Rectangle2D.Double(x - 1.5, y - 1.5, 3, 3));
                } else if (previous != null) {
                    g.draw(new Line2D.Double(previous[0], previous[1], x, y));
                }
                previous = new double[] {x, y};
            }
        }
        g.setStroke(new BasicStroke(1f));
        int legendY = top + 12;
        for (Map.Entry<String, Color> entry : colours.entrySet()) {
            if (legendY > top + PANEL_HEIGHT) {
                break;
            }
            g.setColor(entry.getValue());
            g.fillRect(LEFT + plotWidth + 12, legendY - 9, 12, 10);
            g.setColor(Color.BLACK);
            String name = entry.getKey();
            g.drawString(name.length() > 48 ? name.substring(0, 47) + "…" : name, LEFT + plotWidth + 30, legendY);
            legendY += 16;
        }
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
