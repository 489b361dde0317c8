package com.claimwire.ingest.parsing.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the block of a page that holds the article's text by content scoring, in the manner of Readability:
 * paragraphs score by length and commas and pass their score to their ancestors; class and id names that
 * mean "content" or "comments, share, related" shift an element's score; link-heavy elements are discounted.
 * The best-scoring element, with siblings that score close to it, is the article; boilerplate inside it (link
 * lists, share bars, captions) is then removed before its text is rendered paragraph by paragraph.
 */
final class MainText {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "nav", "aside", "footer", "button", "input", "select",
            "textarea", "label", "figure", "figcaption", "picture", "video", "audio", "map", "dialog", "menu",
            "head", "link", "meta");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "li", "h2", "h3",
            "h4", "h5", "h6");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "summary", "center");
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ad-break|adbox|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie"
                    + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|masthead|menu|modal|newsletter|outbrain"
                    + "|pagination|pager|paywall|popup|promo|recirc|related|remark|replies|rss|share|sharing"
                    + "|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|taboola|toolbar"
                    + "|trending|most-popular|mostpopular|read-more|readmore|signup|sign-up",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post|text", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|tool|widget|caption|credit|byline|author|dateline|timestamp|newsletter|subscribe|signup",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MAX_BYLINE_CHARS = 200;
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final double SAME_CLASS_ALTERNATIVE_SHARE = 0.2;
    private static final int MIN_ALTERNATIVES = 2;

    private final Map<Element, Double> scores = new HashMap<>();

    private MainText() {
    }

    /** The article text of the page, paragraphs separated by blank lines; empty when there is none. */
    static String of(Document page) {
        Document document = page.clone();
        Element body = document.body();
        if (body == null) {
            return "";
        }
        removeNonContent(body);
        wrapLooseText(body);
        return new MainText().extract(body);
    }

    private String extract(Element body) {
        Element top = topCandidate(body);
        if (top == null) {
            return BlockText.render(body);
        }
        Element container = new Element("div");
        Element parent = top.parent();
        double threshold = Math.max(10, score(top) * 0.2);
        List<Element> siblings = parent == null ? List.of(top) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            if (sibling == top || keepSibling(sibling, threshold, top)) {
                container.appendChild(sibling.clone());
            }
        }
        cleanConditionally(container);
        return BlockText.render(container);
    }

    private boolean keepSibling(Element sibling, double threshold, Element top) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? score(top) * 0.2 : 0;
        if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
            return true;
        }
        if (sibling.normalName().equals("p")) {
            String text = sibling.text();
            double linkDensity = linkDensity(sibling);
            return (text.length() > 80 && linkDensity < 0.25)
                    || (text.length() > 0 && linkDensity == 0 && text.matches(".*\\.( |$).*"));
        }
        return false;
    }

    private static void removeNonContent(Element body) {
        body.select(String.join(",", NEVER_CONTENT)).remove();
        // The headline is the article's title, reported separately, not part of its text.
        body.select("h1").remove();
        body.select("[class~=(?i)(^|[ _-])(caption|credit)s?($|[ _-])]").remove();
        body.select("[class~=(?i)(^|\\s)(ad|ads|advert|advertisement|adslot)(\\s|$)]").remove();
        for (Element meta : body.select("[class~=(?i)byline|dateline|timestamp|publish-?date|author], "
                + "[id~=(?i)byline|dateline|timestamp], [rel=author], [itemprop~=(?i)^(author|datePublished)$]")) {
            if (meta.text().length() < MAX_BYLINE_CHARS && meta.parent() != null) {
                meta.remove();
            }
        }
        body.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]")
                .remove();
        List<Element> unlikely = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body || element.normalName().equals("article") || element.normalName().equals("main")
                    || element.normalName().equals("p") || element.hasAttr("itemprop")
                    && element.attr("itemprop").equalsIgnoreCase("articleBody")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (mentions(names, UNLIKELY) && !mentions(names, MAYBE_CONTENT)
                    && element.select("article, [itemprop=articleBody]").isEmpty()) {
                unlikely.add(element);
            }
        }
        unlikely.forEach(Node::remove);
    }

    /**
     * Text written straight into a container that also holds blocks ({@code text<div class=br></div>text}) is
     * a paragraph too; wrapping each such run in a {@code <p>} lets it score like one.
     */
    private static void wrapLooseText(Element body) {
        for (Element container : body.select("div, section, article, main, td, blockquote")) {
            if (container.children().stream().noneMatch(child -> BLOCK_TAGS.contains(child.normalName()))) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(container.childNodes())) {
                boolean block = child instanceof Element element && BLOCK_TAGS.contains(element.normalName());
                if (!block) {
                    run.add(child);
                    continue;
                }
                wrap(run);
                run.clear();
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node node : run) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (node instanceof Element element) {
                text.append(element.text());
            }
        }
        if (run.isEmpty() || text.toString().isBlank()) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        for (Node node : run) {
            paragraph.appendChild(node);
        }
    }

    private Element topCandidate(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double contentScore = 1 + text.split("[,，、]").length - 1 + Math.min(text.length() / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
            }
        }
        Element top = null;
        for (Element candidate : candidates) {
            double adjusted = score(candidate) * (1 - linkDensity(candidate));
            scores.put(candidate, adjusted);
            if (top == null || adjusted > score(top)) {
                top = candidate;
            }
        }
        return top == null ? null : joinSplitArticle(top, candidates);
    }

    /**
     * Articles split into sections (around pull quotes, figures or ads) produce several strong candidates in
     * sibling subtrees. When at least two score close to the best, or reasonably well with the same class as the
     * best, the article is their closest common ancestor with the best one.
     */
    private Element joinSplitArticle(Element top, List<Element> candidates) {
        List<Element> alternatives = candidates.stream()
                .filter(candidate -> score(candidate) >= ALTERNATIVE_SHARE * score(top)
                        || !top.className().isEmpty() && candidate.className().equals(top.className())
                        && score(candidate) >= SAME_CLASS_ALTERNATIVE_SHARE * score(top))
                .filter(candidate -> !candidate.equals(top) && !isAncestor(candidate, top)
                        && !isAncestor(top, candidate))
                .toList();
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor.parent() != null;
             ancestor = ancestor.parent()) {
            Element common = ancestor;
            long contained = alternatives.stream().filter(alternative -> isAncestor(common, alternative)).count();
            if (contained >= MIN_ALTERNATIVES) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag) && !tag.equals("li") && !tag.equals("td")) {
            return true;
        }
        // Many sites write paragraphs as divs (or spans in divs) holding only text and inline markup.
        if (tag.equals("div") || tag.equals("section")) {
            for (Element child : element.children()) {
                if (BLOCK_TAGS.contains(child.normalName())) {
                    return false;
                }
            }
            return element.textNodes().stream().anyMatch(text -> !text.isBlank());
        }
        return false;
    }

    private double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (element.normalName().equals("article") || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25;
        }
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (mentions(name, NEGATIVE)) {
                weight -= 25;
            }
            if (mentions(name, POSITIVE)) {
                weight += 25;
            }
        }
        return weight;
    }

    /**
     * Whether class or id names contain one of the pattern's words. A match may not straddle a camel-case word
     * boundary: {@code PageBuilder-pageRow} is not a "pager".
     */
    private static boolean mentions(String names, Pattern words) {
        Matcher matcher = words.matcher(names);
        while (matcher.find()) {
            boolean straddles = false;
            for (int i = matcher.start() + 1; i < matcher.end() && !straddles; i++) {
                straddles = Character.isLowerCase(names.charAt(i - 1)) && Character.isUpperCase(names.charAt(i));
            }
            if (!straddles) {
                return true;
            }
        }
        return false;
    }

    private double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    static double linkDensity(Element element) {
        int textLength = element.text().length();
        if (textLength == 0) {
            return 0;
        }
        int linkLength = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            // In-page anchors (footnotes, "jump to") are part of the text, not navigation.
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linkLength += (int) (link.text().length() * coefficient);
        }
        return (double) linkLength / textLength;
    }

    /** Removes blocks inside the article that look like lists of links, share bars or embedded widgets. */
    private void cleanConditionally(Element container) {
        for (Element element : container.select("table, ul, ol, div, section, header, form")) {
            if (element.parent() == null || element == container) {
                continue;
            }
            String text = element.text();
            double linkDensity = linkDensity(element);
            int paragraphs = element.select("p").size();
            double weight = classWeight(element);
            boolean list = element.normalName().equals("ul") || element.normalName().equals("ol");
            if (weight < 0 && text.length() < 400) {
                element.remove();
            } else if (linkDensity > 0.5 && text.length() < 1000) {
                element.remove();
            } else if (!list && paragraphs == 0 && linkDensity > 0.25 && text.length() < 200) {
                element.remove();
            } else if (list && (linkDensity > 0.5 || linkDensity > 0.25
                    && (text.length() * (1 - linkDensity)) / Math.max(1, element.children().size()) < 50)) {
                // A list is navigation when its items are mostly links; a list of annotated links is content.
                element.remove();
            }
        }
    }

    /**
     * Plain text of an element with one paragraph per block, blocks separated by blank lines. Blocks that are
     * nothing but a link ("read next" lists) are dropped, and so is a short lead-in left dangling at the end
     * ("You may also like...").
     */
    static final class BlockText {

        private static final double LINK_BLOCK_DENSITY = 0.8;
        /** Labels and notices that stand alone as a block: ad slots, "don't miss", bylines, copyright lines. */
        private static final Pattern BOILERPLATE_BLOCK = Pattern.compile(
                "(?i:advert(isement)?|anzeige|publicit[ée]|sponsored( content)?|スポンサードリンク|関連記事"
                        + "|(don'?t|do not) miss|read (more|next)|related( (articles|stories))?|see also|share( this)?)"
                        + "|(?:[Bb]y|BY) \\p{Lu}[^.!?]{0,70}"
                        + "|(?i:published|updated|posted)(?::| at| on)[^!?]{0,70}"
                        + "|.{0,200}(©|\\([cC]\\) ?\\d{4}|(?i:all rights reserved)).{0,200}");
        private static final int LEAD_IN_MAX_CHARS = 50;

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int currentLinkChars;

        private BlockText() {
        }

        static String render(Element root) {
            BlockText text = new BlockText();
            text.append(root, false);
            text.flush();
            List<String> paragraphs = text.paragraphs;
            while (!paragraphs.isEmpty() && isLeadIn(paragraphs.get(paragraphs.size() - 1))) {
                paragraphs.remove(paragraphs.size() - 1);
            }
            return String.join("\n\n", paragraphs);
        }

        private static boolean isLeadIn(String paragraph) {
            return paragraph.length() < LEAD_IN_MAX_CHARS
                    && (paragraph.endsWith("...") || paragraph.endsWith("\u2026") || paragraph.endsWith(":")
                    || Character.isLetterOrDigit(paragraph.charAt(paragraph.length() - 1)));
        }

        private void append(Node node, boolean inLink) {
            if (node instanceof TextNode textNode) {
                String text = textNode.text();
                current.append(text);
                if (inLink) {
                    currentLinkChars += text.strip().length();
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                current.append('\n');
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
            }
            for (Node child : element.childNodes()) {
                append(child, inLink || tag.equals("a"));
            }
            if (block) {
                flush();
            }
        }

        private void flush() {
            String clean = current.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ")
                    .replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n").strip();
            if (!clean.isEmpty() && currentLinkChars < LINK_BLOCK_DENSITY * clean.length()
                    && !BOILERPLATE_BLOCK.matcher(clean).matches()) {
                paragraphs.add(clean);
            }
            current.setLength(0);
            currentLinkChars = 0;
        }
    }
}
