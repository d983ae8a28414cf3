<#import "template.ftl" as layout>
<#-- Error pages: the message Keycloak or the pack chose (never a stack trace, never another tenant's name), in the
     tenant's branding when the login's tenant is known, with a way back. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("tenantSsoErrorTitle")}
    <#elseif section = "form">
        <div id="kc-error-message">
            <div class="${properties.kcAlertClass!} pf-m-danger">
                <div class="${properties.kcAlertIconClass!}"><span class="${properties.kcFeedbackErrorIcon!}"></span></div>
                <p class="${properties.kcAlertTitleClass!} kc-feedback-text">${kcSanitize(message.summary)?no_esc}</p>
            </div>
            <#if traceId??>
                <p class="instruction" id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink??>
                <#if client?? && client.baseUrl?has_content>
                    <p><a id="backToApplication" class="${properties.kcButtonLinkClass!}" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
