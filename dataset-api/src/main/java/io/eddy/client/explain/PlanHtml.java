package io.eddy.client.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a plan as one self-contained HTML page that draws the plan's graph ({@code eddy plan --html}).
 *
 * <p>The page is the template {@code plan-template.html} (next to this class) with the title and the
 * plan JSON filled in. Everything it needs is inline: the page's own script parses the JSON in the
 * browser and draws the DAG as SVG (layered layout, boxes per operator, edges labelled with their ship
 * strategies, task chains tinted, details on hover). It loads nothing from the network, so it can be
 * mailed, attached to an issue or opened offline.
 *
 * <p>Loops are drawn on top of that layout, which never sees the feedback edge (the JSON does not list
 * it as a predecessor, so the plan stays a DAG): the layout only keeps each loop's members side by
 * side in every layer; afterwards a box is drawn around them, labelled with the loop's name, and the
 * feedback edge runs dashed from the Iteration Tail around the right of the boxes back into the head,
 * labelled with the most supersteps. Loop-invariant inputs (read once, replayed every superstep) are
 * drawn in their own colour and say so in their label and tooltip. A plan without loops is laid out
 * and drawn exactly as before.
 *
 * <p>The JSON is not checked here beyond a log line: a page for unreadable JSON still renders, and
 * shows the parse error in its {@code plan-error} element, which is more useful to someone looking at
 * a broken plan than an exception is. After drawing, the page records on its root {@code <svg>} how
 * many nodes and edges it expected and drew ({@code data-expected-nodes}, {@code data-rendered-nodes},
 * {@code data-expected-edges}, {@code data-rendered-edges}, and the same for {@code -loops},
 * {@code -feedback-edges} and {@code -loop-invariant-edges}); {@code scripts/check-plan-html.sh} reads
 * those from a headless browser's DOM.
 */
public final class PlanHtml {

    private static final Logger LOG = LoggerFactory.getLogger(PlanHtml.class);

    static final String TEMPLATE_RESOURCE = "plan-template.html";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(TITLE|PLAN_JSON)}}");

    private PlanHtml() {}

    /**
     * Renders the page.
     *
     * @param planJson the plan, as {@code ExecutionEnvironment.getExecutionPlan()} returns it
     * @param title shown as the page's title and heading; plain text, escaped here
     */
    public static String render(String planJson, String title) {
        String json = planJson == null ? "" : planJson;
        try {
            PlanGraph.parse(json);
        } catch (IllegalArgumentException e) {
            LOG.warn("Rendering a page for a plan that cannot be read ({}); the page will show the error",
                    e.getMessage());
        }
        String safeTitle = escapeHtml(title == null || title.isBlank() ? "Execution plan" : title);
        String safeJson = embeddableJson(json);
        // One pass over the template: a title that happens to contain a placeholder stays text.
        Matcher matcher = PLACEHOLDER.matcher(Template.TEXT);
        StringBuilder page = new StringBuilder(Template.TEXT.length() + safeJson.length() + 2 * safeTitle.length());
        while (matcher.find()) {
            String value = matcher.group(1).equals("TITLE") ? safeTitle : safeJson;
            matcher.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    /**
     * Makes JSON safe to place between {@code <script type="application/json">} and {@code </script>}.
     *
     * <p>The HTML parser ends a script element at the first {@code </script} whatever the script's type,
     * and {@code <!--} inside a script changes how it looks for that end. So the text must contain no
     * {@code <} at all. In valid JSON a {@code <} can only be inside a string, where the escape
     * <code>&#92;u003c</code> means the same character to {@code JSON.parse}; {@code >} and {@code &} are
     * escaped the same way for good measure. Broken JSON stays broken, but still cannot end the element
     * early.
     */
    static String embeddableJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The template, read once on first use. */
    private static final class Template {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = PlanHtml.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + TEMPLATE_RESOURCE + " next to "
                            + PlanHtml.class.getName() + "; the jar is incomplete");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + TEMPLATE_RESOURCE, e);
            }
        }
    }
}
