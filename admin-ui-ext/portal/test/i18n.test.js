import { describe, expect, it } from "vitest";
import { catalogueKeys, formatTime, LANGUAGES, pickLanguage, translator } from "../src/i18n.js";

describe("the portal's language", () => {
  it("is the first of ui_locales the portal speaks, before the browser's", () => {
    expect(pickLanguage("fr de-CH", ["en-US"])).toBe("de");
    expect(pickLanguage(null, ["de-DE", "en"])).toBe("de");
    expect(pickLanguage("", ["fr-FR", "en-GB"])).toBe("en");
  });

  it("is English when nothing asked for is spoken", () => {
    expect(pickLanguage("fr", ["it", "es"])).toBe("en");
    expect(pickLanguage(null, undefined)).toBe("en");
  });
});

describe("the message catalogue", () => {
  it("has the same keys in every language", () => {
    for (const language of LANGUAGES) {
      expect(catalogueKeys(language).sort()).toEqual(catalogueKeys("en").sort());
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const de = translator("de");
    expect(de("appointed", { name: "ann" })).toBe("ann ist jetzt Admin dieses Mandanten.");
    expect(de("appointed")).toBe("{name} ist jetzt Admin dieses Mandanten.");
  });

  it("falls back to English for an unknown language and to the key for an unknown key", () => {
    expect(translator("xx")("signOut")).toBe("Sign out");
    expect(translator("de")("no.such.key")).toBe("no.such.key");
  });

  it("writes a missing time as never", () => {
    expect(formatTime("de", null, translator("de"))).toBe("nie");
    expect(formatTime("en", 0, translator("en"))).toContain("1970");
  });
});
