import { describe, expect, it } from "vitest";
import { recordFields, zoneFileLine } from "../src/dns.js";

const record = { type: "TXT", name: "_kc-tenant-sso.example.com", value: "tenant-sso-verification=abc123" };

describe("the DNS record shown to publish", () => {
  it("gives the fields as the API has them", () => {
    expect(recordFields(record)).toEqual([
      { key: "recordType", value: "TXT" },
      { key: "recordName", value: "_kc-tenant-sso.example.com" },
      { key: "recordValue", value: "tenant-sso-verification=abc123" },
    ]);
  });

  it("writes a zone file line with the absolute name and the value quoted", () => {
    expect(zoneFileLine(record)).toBe(
      '_kc-tenant-sso.example.com. 300 IN TXT "tenant-sso-verification=abc123"',
    );
    expect(zoneFileLine({ ...record, name: "_kc-tenant-sso.example.com." })).toBe(
      '_kc-tenant-sso.example.com. 300 IN TXT "tenant-sso-verification=abc123"',
    );
  });

  it("escapes quotes and backslashes in the value", () => {
    expect(zoneFileLine({ ...record, value: 'a"b\\c' })).toBe('_kc-tenant-sso.example.com. 300 IN TXT "a\\"b\\\\c"');
  });
});
