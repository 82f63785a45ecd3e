package org.w3id.unrights.site;

/** A named query as the pages show it: the name that addresses it, its title, the question it answers, its text. */
public record QueryCard(String name, String title, String question, String text) {
    public String href() {
        return "/queries/" + name;
    }
}
