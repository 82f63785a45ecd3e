package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocatorKeyTest {
    @ParameterizedTest
    @ValueSource(strings = {"para 4", "Para 4", "PARA 4", " para 4 ", "para  4", "para\t4", "para\n  4", "para. 4", "para-4"})
    void spellingsOfOnePassageHaveOneKey(String locator) {
        assertEquals("para-4", LocatorKey.key(locator));
    }

    @Test
    void differentPassagesHaveDifferentKeys() {
        assertNotEquals(LocatorKey.key("para 4"), LocatorKey.key("para 14"));
        assertNotEquals(LocatorKey.key("para 4"), LocatorKey.key("note 4"));
        assertNotEquals(LocatorKey.key("section \"A\", para 2"), LocatorKey.key("section \"B\", para 2"));
    }

    @Test
    void theStoredTextKeepsTheWordingAndCaseWithRegularSpaces() {
        assertEquals("section \"United States Position\", para 2",
                LocatorKey.text("  section  \"United States Position\",\n   para 2 "));
        assertEquals("Para 4", LocatorKey.text("Para 4"));
    }
}
