<#import "template.ftl" as layout>
<#-- The tenant picker: Keycloak asks a member of several organizations which one to sign in to (the organization
     scope of the client asks for one). It lists only the user's own organizations. -->
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("tenantSsoPickTenantTitle")}
    <#elseif section = "form">
        <form id="kc-tenant-sso-organizations-form" action="${url.loginAction}" class="${properties.kcFormClass!}" method="post">
            <div id="kc-tenant-sso-organizations" class="${properties.kcFormGroupClass!}">
                <p class="${properties.kcInputHelperTextItemTextClass!}">${msg("tenantSsoPickTenantText")}</p>
                <ul class="${properties.kcListClass!} pf-m-plain">
                    <#list user.organizations as organization>
                        <li>
                            <button type="submit" id="organization-${organization.alias}" name="kc.org" value="${organization.alias!}"
                                    class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} tenant-sso-organization">
                                ${organization.name!}
                            </button>
                        </li>
                    </#list>
                </ul>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
