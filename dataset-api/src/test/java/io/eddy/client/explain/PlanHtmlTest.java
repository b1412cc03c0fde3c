package io.eddy.client.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanHtmlTest {

    private static final String HOSTILE_CONTENTS = "Map at </script><script>alert('x')</script> <!-- & \u2028 \"quoted\"";

    private static final String PLAN = """
            {"nodes": [
              {"id": 1, "type": "source", "pact": "Data Source", "contents": "numbers", "parallelism": 2},
              {"id": 2, "type": "pact", "pact": "Map", "contents": %s, "parallelism": 2,
               "predecessors": [{"id": 1, "side": "first", "ship_strategy": "Forward"}]}
            ]}
            """.formatted(quote(HOSTILE_CONTENTS));

    private static final Pattern DATA_ELEMENT =
            Pattern.compile("<script type=\"application/json\" id=\"plan-data\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void jsonWithAScriptEndTagCannotLeaveItsScriptElement() throws Exception {
        String page = PlanHtml.render(PLAN, "plan");
        String template = PlanHtml.render("", "plan");
        // The page has exactly the template's script elements: the data did not close one or open one.
        assertEquals(count(template.toLowerCase(Locale.ROOT), "</script"), count(page.toLowerCase(Locale.ROOT), "</script"));
        assertEquals(count(template.toLowerCase(Locale.ROOT), "<script"), count(page.toLowerCase(Locale.ROOT), "<script"));
        assertFalse(page.contains("<!-- &"), "no comment opener inside the script element");

        // What the browser hands to JSON.parse is the plan, unchanged.
        Matcher data = DATA_ELEMENT.matcher(page);
        assertTrue(data.find(), "the page embeds the plan in a JSON script element");
        assertFalse(data.group(1).contains("<"), data.group(1));
        JsonNode embedded = new ObjectMapper().readTree(data.group(1));
        assertEquals(new ObjectMapper().readTree(PLAN), embedded);
        assertEquals(HOSTILE_CONTENTS, embedded.get("nodes").get(1).get("contents").asText());
    }

    @Test
    void pageIsSelfContained() {
        String page = PlanHtml.render(PLAN, "plan");
        assertFalse(page.contains("http://"), "no http:// reference");
        assertFalse(page.contains("https://"), "no https:// reference");
        assertFalse(page.contains("//cdn") || page.contains("<link") || page.contains("@import"), "no external styles");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=").matcher(page).find(), "no external scripts");
        assertFalse(Pattern.compile("url\\((?!#)").matcher(page).find(), "CSS and SVG refer to nothing outside the page");
        assertTrue(page.contains("id=\"plan-svg\""));
        assertFalse(page.contains("{{"), "every placeholder is filled in");
    }

    @Test
    void titleIsEscapedTextAndCannotInjectThePlan() {
        String page = PlanHtml.render("{\"nodes\": []}", "Q3 <b>&</b> {{PLAN_JSON}}");
        assertTrue(page.contains("<title>Q3 &lt;b&gt;&amp;&lt;/b&gt; {{PLAN_JSON}}</title>"), page);
        assertEquals(1, count(page, "{\"nodes\": []}"));
        assertTrue(PlanHtml.render(PLAN, null).contains("<title>Execution plan</title>"));
    }

    @Test
    void brokenJsonStillGivesAPageThatCarriesIt() {
        String page = PlanHtml.render("{\"nodes\": [ {\"id\": 1,", "broken");
        Matcher data = DATA_ELEMENT.matcher(page);
        assertTrue(data.find());
        assertEquals("{\"nodes\": [ {\"id\": 1,", data.group(1), "the page's script reports the parse error itself");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
