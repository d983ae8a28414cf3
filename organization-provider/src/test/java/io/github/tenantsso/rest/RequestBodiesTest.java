package io.github.tenantsso.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestBodiesTest {

    record Trust(String connectionAlias, Boolean jitEnabled, List<String> groupIds, Nested nested) {}

    record Nested(int count) {}

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"jitEnabled\": \"yes\"}                 | jitEnabled   | a boolean",
                "{\"connectionAlias\": {\"a\": 1}}         | connectionAlias | a string",
                "{\"groupIds\": \"one\"}                   | groupIds     | an array",
                "{\"groupIds\": [\"a\", {\"b\": 1}]}       | groupIds[1]  | a string",
                "{\"nested\": {\"count\": \"many\"}}       | nested.count | a number",
                "{\"nested\": 3}                           | nested       | an object",
            })
    void aValueOfTheWrongTypeNamesTheFieldAndTheJsonTypeItNeeds(String body, String field, String needed) {
        Refusal error = errorOf(body);

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.errorDescription()).isEqualTo("Field '" + field + "' must be " + needed + ".");
    }

    @Test
    void errorsNameNoJavaClass() {
        for (String body :
                List.of("{\"jitEnabled\": \"yes\"}", "[]", "{\"nested\": 3}", "{\"groupIds\": [[1]]}", "\"text\"")) {
            assertThat(errorOf(body).errorDescription())
                    .as(body)
                    .doesNotContain("java.")
                    .doesNotContain("RequestBodiesTest")
                    .doesNotContain("$")
                    .doesNotContain("Cannot");
        }
    }

    @Test
    void aBodyOfTheWrongTypeSaysWhatItMustBe() {
        assertThat(errorOf("[1, 2]").errorDescription()).isEqualTo("The request body must be an object.");
        assertThat(errorOf("[1, 2]").field()).isNull();
    }

    @Test
    void anUnknownFieldIsNamedButNeverEchoedAtLength() {
        Refusal error = errorOf("{\"" + "x".repeat(10_000) + "\": 1}");

        assertThat(error.errorDescription()).hasSizeLessThan(200).startsWith("Unknown field 'xxx");
        assertThat(error.field()).hasSizeLessThanOrEqualTo(Echo.MAX_ECHO + 3);
    }

    @Test
    void aFieldNameOverJacksonsLimitIsRefusedWithoutEchoingIt() {
        Refusal error = errorOf("{\"" + "x".repeat(1_000_000) + "\": 1}");

        assertThat(error.errorDescription()).hasSizeLessThan(200).doesNotContain("xxxxxxxx");
    }

    @Test
    void malformedJsonGivesItsPositionAndNoneOfTheInput() {
        Refusal error = errorOf("{\"connectionAlias\": \"secret-value\",\n  oops}");

        assertThat(error.errorDescription())
                .isEqualTo("The request body is not valid JSON (line 2, column 3).")
                .doesNotContain("secret-value");
    }

    @Test
    void aMissingBodyIsRefused() {
        assertThat(errorOf(" ").errorDescription()).isEqualTo("The request needs a JSON body.");
    }

    private static Refusal errorOf(String body) {
        RequestBodies.InvalidBody e =
                catchThrowableOfType(RequestBodies.InvalidBody.class, () -> RequestBodies.parse(body, Trust.class));
        assertThat(e).as("refused: " + body).isNotNull();
        return new Refusal(e.getMessage(), e.field);
    }

    record Refusal(String errorDescription, String field) {}
}
