<#import "template.ftl" as layout>
<#-- Several tenants verified the e-mail's domain and the policy blocks: the page names none of them. The only copy,
     as for the e-mail page: every login theme renders it, the tenant-sso theme by its CSS. -->
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
                <div id="kc-form-buttons" class="${properties.kcFormGroupClass!}">
                    <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                           id="kc-tenant-sso-continue" type="submit" value="${msg("tenantSsoContinueWithPassword")}"/>
                </div>
            </form>
            <p class="${properties.kcFormGroupClass!}"><a id="kc-tenant-sso-other-email" href="${url.loginRestartFlowUrl}">${msg("tenantSsoUseAnotherEmail")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
