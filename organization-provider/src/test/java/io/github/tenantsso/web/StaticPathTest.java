package io.github.tenantsso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticPathTest {

    private static final Set<String> BUILT =
            Set.of("index.html", "assets/index-CWbaUCV8.js", "assets/index-DxHTO01o.css", "assets/font-Di6gT.woff2");

    private static StaticPath.Outcome resolve(String path) {
        return StaticPath.resolve(new StaticPath.Request(path, BUILT, "assets/"));
    }

    @Test
    void servesAHashedAssetOfTheBuildWithItsMediaTypeForGood() {
        assertThat(resolve("assets/index-CWbaUCV8.js"))
                .isEqualTo(new StaticPath.File("assets/index-CWbaUCV8.js", "text/javascript;charset=utf-8", true));
        assertThat(resolve("assets/index-DxHTO01o.css"))
                .isEqualTo(new StaticPath.File("assets/index-DxHTO01o.css", "text/css;charset=utf-8", true));
        assertThat(resolve("assets/font-Di6gT.woff2"))
                .isEqualTo(new StaticPath.File("assets/font-Di6gT.woff2", "font/woff2", true));
    }

    @Test
    void servesTheUnhashedPageAsChangeable() {
        assertThat(resolve("index.html"))
                .isEqualTo(new StaticPath.File("index.html", "text/html;charset=utf-8", false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "assets/missing.js",
                "ASSETS/index-CWbaUCV8.js",
                "assets/../index.html",
                "../index.html",
                "./index.html",
                "..",
                ".",
                "/index.html",
                "assets//index-CWbaUCV8.js",
                "assets/index-CWbaUCV8.js/",
                "assets\\index-CWbaUCV8.js",
                "assets%2Findex-CWbaUCV8.js",
                "assets/.hidden",
                "META-INF/MANIFEST.MF",
                "io/github/tenantsso/web/StaticPath.class",
                "assets/index-CWbaUCV8.js\u0000.html",
                "assets/index-CWbaUCV8.js "
            })
    void refusesAnyOtherPathEvenOneThatResolvesToAFileOfTheBuild(String path) {
        assertThat(resolve(path)).isEqualTo(new StaticPath.Refused());
    }

    @Test
    void refusesAListedFileOfATypeItDoesNotServe() {
        Set<String> withOthers = Set.of("files.txt", "assets/tool.exe", "assets/noextension");

        for (String name : withOthers) {
            assertThat(StaticPath.resolve(new StaticPath.Request(name, withOthers, "assets/")))
                    .as(name)
                    .isEqualTo(new StaticPath.Refused());
        }
    }

    @Test
    void refusesNoPathAtAll() {
        assertThat(resolve(null)).isEqualTo(new StaticPath.Refused());
    }
}
