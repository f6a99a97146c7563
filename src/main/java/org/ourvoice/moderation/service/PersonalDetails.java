package org.ourvoice.moderation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots personal details a young person may not mean to share with the board: phone numbers,
 * e-mail addresses, postcodes and street addresses, and what looks like somebody's full name.
 */
final class PersonalDetails {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])\\+?\\(?\\d(?:\\)?[\\s.-]?\\(?\\d){9,12}(?![\\d])");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final Pattern STREET = Pattern.compile("(?i)\\b\\d{1,4}[a-z]?,?\\s+(?:[\\p{L}'-]+\\s+){1,3}"
            + "(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|crescent|place|gardens|grove"
            + "|terrace|hill|walk|square|mews|row|park|green)\\b");
    private static final Pattern TITLED_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+\\p{Lu}\\p{Ll}+");
    private static final Pattern TWO_NAMES = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+"
            + "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");
    /** Capitalised word pairs that are not people: days, months, places and words young people capitalise. */
    private static final Set<String> NOT_NAMES = Set.of("I", "Im", "Mum", "Mom", "Dad", "Nan", "Gran", "Grandad",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Christmas", "Easter", "Eid", "Ramadan", "Council", "School", "College", "Social", "Children",
            "Care", "Leaving", "Local", "Offer", "Pledge", "English", "Maths", "Science", "OurVoice", "The",
            "My", "Our", "Year", "Aunt", "Auntie", "Uncle", "Happy", "New", "Good", "Bad", "Please", "Thank",
            "Thanks", "Sorry", "Hi", "Hello", "Dear", "Youth", "Club", "Centre", "Street", "Road");

    private PersonalDetails() {
    }

    /** Short descriptions of what was found (never the details themselves), for the worker. */
    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (EMAIL.matcher(text).find()) {
            found.add("e-mail address");
        }
        if (PHONE.matcher(text).find()) {
            found.add("phone number");
        }
        if (POSTCODE.matcher(text).find()) {
            found.add("postcode");
        }
        if (STREET.matcher(text).find()) {
            found.add("street address");
        }
        if (TITLED_NAME.matcher(text).find() || hasFullName(text)) {
            found.add("a person's name");
        }
        return found;
    }

    private static boolean hasFullName(String text) {
        Matcher matcher = TWO_NAMES.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            if (!startsSentence(text, matcher.start()) && !NOT_NAMES.contains(matcher.group(1))
                    && !NOT_NAMES.contains(matcher.group(2))) {
                return true;
            }
            from = matcher.start(2);
        }
        return false;
    }

    /** A capital at the start of a sentence says nothing about a name. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }
}
