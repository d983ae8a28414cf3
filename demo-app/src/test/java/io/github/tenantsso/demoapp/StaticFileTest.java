package io.github.tenantsso.demoapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "app.js", "app.css"})
    void servesTheApplicationsFilesEachFromItsResource(String path) {
        assertThat(StaticFile.named(path))
                .hasValueSatisfying(
                        file -> assertThat(getClass().getClassLoader().getResource(file.resource()))
                                .isNotNull());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "index.html",
                "../app.js",
                "..%2Fapp.js",
                "demo-app/app.js",
                "/app.js",
                "app.js/",
                "APP.JS",
                "META-INF/beans.xml",
                "io/github/tenantsso/demoapp/StaticFile.class",
                "..",
                "."
            })
    void servesNoOtherNameNotEvenOneThatResolvesToAFileOfTheApplication(String path) {
        assertThat(StaticFile.named(path)).isEmpty();
    }
}
