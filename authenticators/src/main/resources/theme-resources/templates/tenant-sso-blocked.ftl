<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("tenantSsoBlockedTitle")}
    <#elseif section = "form">
        <div id="kc-tenant-sso-blocked">
            <p id="kc-tenant-sso-blocked-text" class="${properties.kcFormGroupClass!}">${msg("tenantSsoBlockedText", email)}</p>
            <form id="kc-tenant-sso-continue-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="continue" value="true"/>
                <div id="kc-form-buttons" class="${properties.kcFormGroupClass!}">
                    <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                           id="kc-tenant-sso-continue" type="submit" value="${msg("tenantSsoContinueWithPassword")}"/>
                </div>
            </form>
            <p class="${properties.kcFormGroupClass!}"><a id="kc-tenant-sso-other-email" href="${url.loginRestartFlowUrl}">${msg("tenantSsoUseAnotherEmail")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
