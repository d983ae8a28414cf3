package io.github.tenantsso.benchmarks.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a login page posts its form. Keycloak's pages are its own templates, so a look at the {@code <form>}
 * tags is enough; no HTML parser is needed on the measured path.
 */
final class FormAction {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private FormAction() {}

    /** The action of the form with the given id, HTML entities decoded, or empty when the page has no such form. */
    static Optional<String> of(String html, String formId) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String tag = form.group();
            Matcher id = ID.matcher(tag);
            Matcher action = ACTION.matcher(tag);
            if (id.find() && id.group(1).equals(formId) && action.find()) {
                return Optional.of(unescape(action.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String attribute) {
        // "&amp;" last, so that an escaped entity such as "&amp;lt;" stays the text "&lt;".
        return attribute
                .replace("&#x3D;", "=")
                .replace("&#61;", "=")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
