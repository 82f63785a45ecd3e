package org.w3id.unrights.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a {@link View} with its template. The templates of {@code src/main/jte} are turned into Java by
 * the jte Maven plugin and compiled with the rest of the code, so they type-check at build time and the
 * jar needs no template compiler; in HTML mode jte escapes every value for where it stands (text or
 * attribute), so no label, literal or IRI can become markup.
 */
public final class Site {
    /** The package the jte Maven plugin generates the template classes into (see pom.xml). */
    static final String TEMPLATES = "org.w3id.unrights.site.templates";
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Site.class.getClassLoader(), TEMPLATES);

    private Site() {}

    /** The whole page, in the site's one layout. */
    public static String render(View view) {
        StringOutput out = new StringOutput();
        ENGINE.render(view.template(), view, out);
        return out.toString();
    }
}
