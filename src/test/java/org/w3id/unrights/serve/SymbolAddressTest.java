package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A resolution or document the articles describe under a key of their own is reached by its UN symbol too:
 * {@code /id/resolution/{symbol}} answers 303 See Other with the resource's own page, in any format asked for.
 */
class SymbolAddressTest extends ServingShippedGraph {
    @Test
    void aResolutionsSymbolLeadsToItsPage() {
        // The ECOSOC resolution 663 C (XXIV) is described under the key ecosoc-663c-xxiv.
        HttpResponse<String> bySymbol = http.get("/id/resolution/663%20C%20(XXIV)");
        assertEquals(303, bySymbol.statusCode());
        assertEquals("/id/resolution/ecosoc-663c-xxiv", bySymbol.headers().firstValue("Location").orElse(null));
        assertEquals(200, http.get("/id/resolution/ecosoc-663c-xxiv").statusCode());
        HttpResponse<String> turtle = http.get("/id/resolution/663%20C%20(XXIV)", "Accept", "text/turtle");
        assertEquals(303, turtle.statusCode(), "the same for RDF");
    }

    @Test
    void aResolutionKeyedByItsSymbolIsReachedByItsFormerKeyToo() {
        // The 2014 General Assembly resolution on the DPRK was published as ga-2014-dprk-resolution.
        assertEquals(200, http.get("/id/resolution/A/RES/69/188").statusCode());
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<String> old = http.get("/id/resolution/ga-2014-dprk-resolution", "Accept", accept);
            assertEquals(301, old.statusCode(), accept);
            assertEquals("/id/resolution/A/RES/69/188", old.headers().firstValue("Location").orElse(null));
        }
        // A former key names its kind: the same key under another kind is not redirected.
        assertEquals(404, http.get("/id/vote/ga-2014-dprk-resolution").statusCode());
    }

    @Test
    void aSymbolNothingCarriesIsStillNotFound() {
        assertEquals(404, http.get("/id/resolution/A/RES/1/999").statusCode());
    }
}
