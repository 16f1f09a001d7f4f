/** The API's `audit`, every field, in the shape of src/audit's AuditReport (seedHash null when unknown). */
export const AUDIT_QUERY = `{
  audit {
    seedHash nodeCount relationshipCount passed
    findings { name description blocking count ids occurrences { ids note } }
  }
}`;
