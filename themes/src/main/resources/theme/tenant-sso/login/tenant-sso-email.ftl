<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- The identity-first page of the routing authenticator: the e-mail decides where the login goes. -->
<@layout.registrationLayout displayMessage=!(message?has_content && message.type = "error"); section>
    <#if section = "header">
        <#if tenantBranding??>${msg("tenantSsoEmailTitleFor", tenantBranding.displayName)}<#else>${msg("tenantSsoEmailTitle")}</#if>
    <#elseif section = "form">
        <form id="kc-tenant-sso-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.group name="username" label=msg("email") error=(message?has_content && message.type = "error")?then(message.summary, "")>
                <span class="${properties.kcInputClass} <#if message?has_content && message.type = "error">${properties.kcError}</#if>">
                    <input id="username" name="username" type="email" value="${email!''}" autocomplete="username" autofocus
                           aria-invalid="<#if message?has_content && message.type = "error">true</#if>"/>
                </span>
            </@field.group>
            <p id="kc-tenant-sso-email-help" class="${properties.kcInputHelperTextItemTextClass!}">${msg("tenantSsoEmailHelp")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="kc-login" name="login" label="doContinue"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
