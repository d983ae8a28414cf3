package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormActionTest {

    private static final String PAGE = """
            <html><body>
            <form id="kc-select-locale" action="/other" method="get"></form>
            <form id="kc-tenant-sso-email-form" class="pf-v5-c-form"
                  action="http://127.0.0.1:8180/realms/bench-pack/login-actions/authenticate?session_code=a&amp;execution=b&amp;client_id=app&amp;tab_id=c&amp;client_data=eyJ&#x3D;" method="post">
              <input id="username" name="username" type="email"/>
            </form></body></html>
            """;

    @Test
    void findsTheActionOfTheNamedFormWithEntitiesDecoded() {
        assertThat(FormAction.of(PAGE, "kc-tenant-sso-email-form"))
                .hasValue(
                        "http://127.0.0.1:8180/realms/bench-pack/login-actions/authenticate?session_code=a&execution=b&client_id=app&tab_id=c&client_data=eyJ=");
    }

    @Test
    void anotherFormIsNotTaken() {
        assertThat(FormAction.of(PAGE, "kc-form-login")).isEmpty();
        assertThat(FormAction.of(PAGE, "kc-select-locale")).hasValue("/other");
    }

    @Test
    void anEscapedEntityStaysText() {
        assertThat(FormAction.of("<form id=\"f\" action=\"/a?x=&amp;lt;\">", "f"))
                .hasValue("/a?x=&lt;");
    }
}
