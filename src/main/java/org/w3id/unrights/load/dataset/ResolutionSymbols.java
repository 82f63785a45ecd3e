package org.w3id.unrights.load.dataset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN symbol of a General Assembly resolution from the roll-call data set's {@code unres}. The data set
 * writes {@code R/69/188} for A/RES/69/188; before the 31st session resolutions were numbered in one series
 * with the session in Roman numerals, so {@code R/3/217A} is A/RES/217A(III) (cited "217 A (III)"). Values
 * already in UN form ({@code A/RES/71/5}) are kept. Special and emergency special sessions ({@code SS/},
 * {@code ESS/}) and the few irregular values get no symbol: their UN form cannot be told from the value alone.
 */
final class ResolutionSymbols {
    private static final Pattern DATASET_FORM = Pattern.compile("R/([1-9][0-9]*)/([1-9][0-9]*[A-Z]{0,2}(?:/[A-Z]+)?)");
    private static final Pattern UN_FORM = Pattern.compile("A/RES/(?:ES-[0-9]+|S-[0-9]+|[0-9]+)/[0-9]+[A-Z]{0,2}");
    private static final int FIRST_NUMBERED_SESSION = 31;

    private ResolutionSymbols() {}

    static Optional<String> symbol(String unres) {
        if (UN_FORM.matcher(unres).matches()) {
            return Optional.of(unres);
        }
        Matcher m = DATASET_FORM.matcher(unres);
        if (!m.matches()) {
            return Optional.empty();
        }
        int session = Integer.parseInt(m.group(1));
        String number = m.group(2);
        if (session >= FIRST_NUMBERED_SESSION) {
            return Optional.of("A/RES/" + session + "/" + number);
        }
        // Parts such as R/22/2252/I have no single early-form symbol; only number and letters are taken.
        return number.contains("/") ? Optional.empty() : Optional.of("A/RES/" + number + "(" + roman(session) + ")");
    }

    static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + units[n % 10];
    }
}
