package org.w3id.unrights.ontology;

/** The little HTML the ontology reference needs: escaped text and links. */
final class Html {
    private Html() {}

    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + text(href) + "\">" + text(text) + "</a>";
    }

    static String code(String text) {
        return "<code>" + text(text) + "</code>";
    }
}
