/**
 * The portal's words in English and German. The language is the sign-in's ui_locales if given, else the browser's
 * first language the portal has, else English.
 */
const MESSAGES = {
  en: {
    title: "Tenant SSO portal",
    signingIn: "Signing you in…",
    signOut: "Sign out",
    signedInAs: "Signed in as {name}",
    yourTenants: "Your tenants",
    yourTenantsIntro: "The tenants you administer. Choose one to manage its domains and admins.",
    noTenantsTitle: "You administer no tenant",
    noTenantsBody:
      "Your account is not an admin of any tenant. Ask your vendor or another admin of your organization to appoint you.",
    backToTenants: "Back to your tenants",
    domains: "Domains",
    admins: "Admins",
    domain: "Domain",
    domainHelp: "A domain of your organization, such as example.com.",
    includeSubdomains: "Include subdomains",
    claim: "Claim domain",
    noDomains: "No domains claimed yet.",
    status: "Status",
    statusPENDING: "Pending verification",
    statusVERIFIED: "Verified",
    createdAt: "Claimed",
    verifiedAt: "Verified",
    recheckedAt: "Last check",
    recordMissingSince: "Record missing since",
    subdomains: "Subdomains",
    yes: "yes",
    no: "no",
    dnsRecord: "DNS record to publish",
    dnsRecordIntro: "Publish this TXT record in your domain's DNS, then choose Verify now.",
    recordName: "Name",
    recordType: "Type",
    recordValue: "Value",
    zoneLine: "Zone file line",
    copy: "Copy",
    copied: "Copied",
    verifyNow: "Verify now",
    verified: "{domain} is verified.",
    claimed: "{domain} is claimed. Publish its DNS record to verify it.",
    remove: "Remove",
    removeDomainTitle: "Remove {domain}?",
    removeDomainBody: "Users of this domain are no longer routed to your tenant by it.",
    removeAdminTitle: "Remove {name} as an admin?",
    removeAdminBody: "They stay a member of the tenant but can no longer administer it.",
    cancel: "Cancel",
    removed: "{name} is removed.",
    noAdmins: "No admins.",
    username: "Username",
    email: "E-mail",
    appointedAt: "Appointed",
    userId: "User id",
    userIdHelp: "The id of a member of your tenant in the realm.",
    appoint: "Appoint admin",
    appointed: "{name} is now an admin of this tenant.",
    never: "never",
    close: "Close",
    "error.not_found": "You administer no tenant with this id.",
    "error.invalid_token": "Your sign-in has ended. Sign in again.",
    "error.self_appointment": "Nobody can appoint themselves; another admin of the tenant can.",
    "error.not_a_member": "Only a member of the tenant can be appointed as its admin.",
    "error.admin_not_found": "This user is no admin of the tenant.",
    "error.claim_not_found": "The tenant has no claim on this domain.",
    "error.verification_record_not_found":
      "The TXT record was not found yet. DNS changes can take a while to be seen; try again later.",
    "error.dns_lookup_failed": "The DNS lookup failed. Try again later.",
    "error.retry_later": "The server is busy. Try again in a moment.",
    "error.forbidden": "You are not allowed to do this.",
    "error.conflict": "This conflicts with the current state: {detail}",
    "error.invalid": "This input is not valid: {detail}",
    "error.network": "The server could not be reached. Check your connection and try again.",
    "error.server": "The server could not do this ({status}). Try again later.",
  },
  de: {
    title: "Tenant-SSO-Portal",
    signingIn: "Sie werden angemeldet…",
    signOut: "Abmelden",
    signedInAs: "Angemeldet als {name}",
    yourTenants: "Ihre Mandanten",
    yourTenantsIntro: "Die Mandanten, die Sie verwalten. Wählen Sie einen, um seine Domains und Admins zu verwalten.",
    noTenantsTitle: "Sie verwalten keinen Mandanten",
    noTenantsBody:
      "Ihr Konto ist kein Admin eines Mandanten. Bitten Sie Ihren Anbieter oder einen anderen Admin Ihrer Organisation, Sie zu ernennen.",
    backToTenants: "Zurück zu Ihren Mandanten",
    domains: "Domains",
    admins: "Admins",
    domain: "Domain",
    domainHelp: "Eine Domain Ihrer Organisation, etwa example.com.",
    includeSubdomains: "Subdomains einschließen",
    claim: "Domain beanspruchen",
    noDomains: "Noch keine Domains beansprucht.",
    status: "Status",
    statusPENDING: "Wartet auf Prüfung",
    statusVERIFIED: "Bestätigt",
    createdAt: "Beansprucht",
    verifiedAt: "Bestätigt",
    recheckedAt: "Letzte Prüfung",
    recordMissingSince: "Eintrag fehlt seit",
    subdomains: "Subdomains",
    yes: "ja",
    no: "nein",
    dnsRecord: "Zu veröffentlichender DNS-Eintrag",
    dnsRecordIntro: "Veröffentlichen Sie diesen TXT-Eintrag im DNS Ihrer Domain und wählen Sie dann Jetzt prüfen.",
    recordName: "Name",
    recordType: "Typ",
    recordValue: "Wert",
    zoneLine: "Zeile für die Zonendatei",
    copy: "Kopieren",
    copied: "Kopiert",
    verifyNow: "Jetzt prüfen",
    verified: "{domain} ist bestätigt.",
    claimed: "{domain} ist beansprucht. Veröffentlichen Sie den DNS-Eintrag, um sie zu bestätigen.",
    remove: "Entfernen",
    removeDomainTitle: "{domain} entfernen?",
    removeDomainBody: "Nutzer dieser Domain werden darüber nicht mehr zu Ihrem Mandanten geleitet.",
    removeAdminTitle: "{name} als Admin entfernen?",
    removeAdminBody: "Die Person bleibt Mitglied des Mandanten, kann ihn aber nicht mehr verwalten.",
    cancel: "Abbrechen",
    removed: "{name} ist entfernt.",
    noAdmins: "Keine Admins.",
    username: "Benutzername",
    email: "E-Mail",
    appointedAt: "Ernannt",
    userId: "Benutzer-ID",
    userIdHelp: "Die ID eines Mitglieds Ihres Mandanten im Realm.",
    appoint: "Admin ernennen",
    appointed: "{name} ist jetzt Admin dieses Mandanten.",
    never: "nie",
    close: "Schließen",
    "error.not_found": "Sie verwalten keinen Mandanten mit dieser ID.",
    "error.invalid_token": "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.",
    "error.self_appointment": "Niemand kann sich selbst ernennen; ein anderer Admin des Mandanten kann es.",
    "error.not_a_member": "Nur ein Mitglied des Mandanten kann zu seinem Admin ernannt werden.",
    "error.admin_not_found": "Diese Person ist kein Admin des Mandanten.",
    "error.claim_not_found": "Der Mandant beansprucht diese Domain nicht.",
    "error.verification_record_not_found":
      "Der TXT-Eintrag wurde noch nicht gefunden. DNS-Änderungen brauchen etwas Zeit; versuchen Sie es später erneut.",
    "error.dns_lookup_failed": "Die DNS-Abfrage ist fehlgeschlagen. Versuchen Sie es später erneut.",
    "error.retry_later": "Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.",
    "error.forbidden": "Das dürfen Sie nicht.",
    "error.conflict": "Das widerspricht dem aktuellen Stand: {detail}",
    "error.invalid": "Diese Eingabe ist ungültig: {detail}",
    "error.network": "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    "error.server": "Der Server konnte das nicht ausführen ({status}). Versuchen Sie es später erneut.",
  },
};

export const LANGUAGES = Object.keys(MESSAGES);

/** The first of the requested language tags (ui_locales first, then the browser's) that the portal speaks. */
export function pickLanguage(uiLocales, browserLanguages) {
  const wanted = [...(uiLocales ? uiLocales.split(/\s+/) : []), ...(browserLanguages ?? [])];
  for (const tag of wanted) {
    const base = tag.toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base)) {
      return base;
    }
  }
  return "en";
}

/** A translator for one language: a key and its {placeholders}; an unknown key falls back to English, then itself. */
export function translator(language) {
  const messages = MESSAGES[language] ?? MESSAGES.en;
  return (key, params = {}) => {
    const text = messages[key] ?? MESSAGES.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  };
}

/** Every key of every language, so a test can tell that the catalogues match. */
export function catalogueKeys(language) {
  return Object.keys(MESSAGES[language]);
}

/** A date and time of the API (milliseconds since the epoch) as the language writes it; null is "never". */
export function formatTime(language, millis, t) {
  if (millis === null || millis === undefined) {
    return t("never");
  }
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(millis));
}
