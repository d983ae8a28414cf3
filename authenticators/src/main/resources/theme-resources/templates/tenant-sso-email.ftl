<#import "template.ftl" as layout>
<#-- The identity-first page of the routing authenticator, and its only copy: every login theme renders it, the
     tenant-sso theme by its CSS and with the tenant's name in the title (tenantBranding, set by the themes JAR's
     forms provider). The authenticator reads the field names; the ids are what themes style and tests find. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        <#if tenantBranding??>${msg("tenantSsoEmailTitleFor", tenantBranding.displayName)}<#else>${msg("tenantSsoEmailTitle")}</#if>
    <#elseif section = "form">
        <form id="kc-tenant-sso-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="username" class="${properties.kcLabelClass!}">${msg("email")}</label>
                <input id="username" name="username" type="email" class="${properties.kcInputClass!}" value="${email!''}"
                       autocomplete="username" autofocus required
                       <#if message?has_content && message.type = "error">aria-invalid="true"</#if>/>
                <p id="kc-tenant-sso-email-help" class="${properties.kcInputHelperTextItemTextClass!}">${msg("tenantSsoEmailHelp")}</p>
            </div>
            <div id="kc-form-buttons" class="${properties.kcFormGroupClass!}">
                <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                       name="login" id="kc-login" type="submit" value="${msg("doContinue")}"/>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
