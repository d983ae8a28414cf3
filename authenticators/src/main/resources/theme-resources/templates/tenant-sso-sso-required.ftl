<#import "template.ftl" as layout>
<#-- A tenant's sign-in policy refuses the password: offers the connections of the one tenant the decision named, and
     of no other. The only copy, as for the other pack pages: every login theme renders it. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("tenantSsoSsoRequiredTitle")}
    <#elseif section = "form">
        <div id="kc-tenant-sso-sso-required">
            <div class="${properties.kcAlertClass!} pf-m-info">
                <div class="${properties.kcAlertIconClass!}"><span class="${properties.kcFeedbackInfoIcon!}"></span></div>
                <p id="kc-tenant-sso-sso-required-text" class="${properties.kcAlertTitleClass!}"><#if tenantSsoConnections?has_content>${msg("tenantSsoSsoRequiredText", email)}<#else>${msg("tenantSsoSsoRequiredNoConnection", email)}</#if></p>
            </div>
            <#if tenantSsoConnections?has_content>
                <form id="kc-tenant-sso-sso-required-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <div id="kc-form-buttons" class="${properties.kcFormGroupClass!}">
                        <#list tenantSsoConnections as connection>
                            <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                                    id="kc-tenant-sso-connection-${connection.alias}" name="tenant_sso_connection" value="${connection.alias}" type="submit">${msg("tenantSsoSignInWith", connection.displayName)}</button>
                        </#list>
                    </div>
                </form>
            </#if>
            <p class="${properties.kcFormGroupClass!}"><a id="kc-tenant-sso-other-email" href="${url.loginRestartFlowUrl}">${msg("tenantSsoUseAnotherEmail")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
