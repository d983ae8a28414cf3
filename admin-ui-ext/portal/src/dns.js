/**
 * The TXT record a claim's owner publishes, as the API gives it, in the forms a DNS admin types in: the fields of a
 * provider's web form, and one line of a zone file.
 */
export function recordFields(record) {
  return [
    { key: "recordType", value: record.type },
    { key: "recordName", value: record.name },
    { key: "recordValue", value: record.value },
  ];
}

/** A zone file line: the absolute name (with its final dot) and the value quoted, its quotes and backslashes escaped. */
export function zoneFileLine(record) {
  const name = record.name.endsWith(".") ? record.name : record.name + ".";
  const value = record.value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  return `${name} 300 IN ${record.type} "${value}"`;
}
