package io.github.tenantsso.portalui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.portal.PortalPages;
import io.github.tenantsso.web.StaticPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages the build put into this module's classes, as the server will serve them. */
class BuiltPortalPagesFactoryTest {

    private static final Map<String, byte[]> BUILT = BuiltPortalPagesFactory.read();

    @Test
    void holdsThePageAndItsHashedScriptAndStyleSheet() {
        assertThat(BUILT).containsKey(PortalPages.INDEX);
        assertThat(BUILT.keySet().stream().filter(name -> !name.equals(PortalPages.INDEX)))
                .isNotEmpty()
                .allMatch(name -> name.startsWith(PortalPages.HASHED))
                .anyMatch(name -> name.endsWith(".js"))
                .anyMatch(name -> name.endsWith(".css"));
    }

    @Test
    void everyFileThePageNamesIsOneTheServerServes() {
        String page = new String(BUILT.get(PortalPages.INDEX), StandardCharsets.UTF_8);
        Matcher links = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"").matcher(page);
        int found = 0;
        while (links.find()) {
            found++;
            assertThat(StaticPath.resolve(new StaticPath.Request(links.group(1), BUILT.keySet(), PortalPages.HASHED)))
                    .as(links.group(1))
                    .isInstanceOf(StaticPath.File.class);
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() {
        String page = new String(BUILT.get(PortalPages.INDEX), StandardCharsets.UTF_8);

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(page)
                        .find())
                .as("a script without src in %s", page)
                .isFalse();
        assertThat(page).doesNotContain("<style", "style=", "javascript:");
        assertThat(Pattern.compile("\\son[a-z]+\\s*=").matcher(page).find())
                .as("an event handler attribute in %s", page)
                .isFalse();
    }
}
