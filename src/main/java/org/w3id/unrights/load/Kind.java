package org.w3id.unrights.load;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A kind of thing that has keys, as its node shape declares it ({@link KindMap}): the IRI segment of its things
 * ({@code id/{path}/{key}}), their class, the form their keys take, whether several sources may describe the
 * same one, and how headings name one and many.
 *
 * @param keyForm the key form in words, for error messages
 */
public record Kind(String path, Node type, Pattern keyPattern, String keyForm, boolean sharedAcrossSources,
                   String singular, String plural, boolean featured) {

    public boolean acceptsKey(String key) {
        return keyPattern.matcher(key).matches();
    }
}
