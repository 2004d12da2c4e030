package org.satchel.node.pages;

import java.util.Objects;

/**
 * A piece of HTML that is safe to send: made only from constant templates written in this
 * package, with every value put in through {@link #of} or {@link #text}, which escape it. A value
 * that is already {@code Html} goes in as it is, so pages nest without escaping twice and without
 * ever concatenating strings of markup by hand.
 */
final class Html {
    static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Fills each {@code {}} of a constant template with the next argument: {@code Html} as it is,
     * anything else as escaped text ({@code null} is refused). The template is markup written here,
     * never data.
     */
    static Html of(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
        int from = 0;
        int next = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            if (next == args.length) {
                throw new IllegalArgumentException("the template has more {} than the " + args.length + " values given");
            }
            out.append(template, from, at);
            Object arg = Objects.requireNonNull(args[next++], "a value put into a page");
            if (arg instanceof Html html) {
                out.append(html.markup);
            } else {
                escape(String.valueOf(arg), out);
            }
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("the template has fewer {} than the " + args.length + " values given");
        }
        out.append(template, from, template.length());
        return new Html(out.toString());
    }

    /** Text, escaped for use in an element's content or a quoted attribute value. */
    static Html text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        escape(text, out);
        return new Html(out.toString());
    }

    /** Constant markup from this package with no placeholders in it, such as the stylesheet. */
    static Html constant(String markup) {
        return new Html(markup);
    }

    /** The pieces one after another. */
    static Html join(Iterable<Html> pieces) {
        StringBuilder out = new StringBuilder();
        for (Html piece : pieces) {
            out.append(piece.markup);
        }
        return new Html(out.toString());
    }

    // HTML Living Standard §13.1.2.6 and §13.1.2.3: these five cover text content and quoted
    // attribute values alike (the single quote too, in case a template ever quotes with it).
    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html h && h.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    /** The markup. */
    @Override
    public String toString() {
        return markup;
    }
}
