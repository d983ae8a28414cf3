<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#-- Several tenants verified the e-mail's domain and the policy blocks: the page names none of them. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("tenantSsoBlockedTitle")}
    <#elseif section = "form">
        <div id="kc-tenant-sso-blocked">
            <div class="${properties.kcAlertClass!} pf-m-info">
                <div class="${properties.kcAlertIconClass!}"><span class="${properties.kcFeedbackInfoIcon!}"></span></div>
                <p id="kc-tenant-sso-blocked-text" class="${properties.kcAlertTitleClass!}">${msg("tenantSsoBlockedText", email)}</p>
            </div>
            <form id="kc-tenant-sso-continue-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="continue" value="true"/>
                <@buttons.actionGroup>
                    <@buttons.button id="kc-tenant-sso-continue" name="login" label="tenantSsoContinueWithPassword" type="secondary"/>
                </@buttons.actionGroup>
            </form>
            <p><a id="kc-tenant-sso-other-email" href="${url.loginRestartFlowUrl}">${msg("tenantSsoUseAnotherEmail")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
