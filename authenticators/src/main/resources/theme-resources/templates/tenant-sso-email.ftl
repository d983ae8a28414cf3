<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("tenantSsoEmailTitle")}
    <#elseif section = "form">
        <form id="kc-tenant-sso-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="username" class="${properties.kcLabelClass!}">${msg("email")}</label>
                <input id="username" name="username" type="email" class="${properties.kcInputClass!}" value="${email!''}"
                       autocomplete="username" autofocus required
                       <#if message?has_content && message.type = "error">aria-invalid="true"</#if>/>
            </div>
            <div id="kc-form-buttons" class="${properties.kcFormGroupClass!}">
                <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                       name="login" id="kc-login" type="submit" value="${msg("doContinue")}"/>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
