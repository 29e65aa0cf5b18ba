// Where each encrypted text field of the case file belongs: the context binds a ciphertext to its
// row, so a sealed title copied to another row does not decrypt (platform/sealed-text.ts).
export const caseTitleContext = (caseId: string) => `case-title:${caseId}`;
export const entryTitleContext = (entryId: string) => `entry-title:${entryId}`;
export const taskTitleContext = (taskId: string) => `task-title:${taskId}`;
export const documentNameContext = (documentId: string) => `document-name:${documentId}`;
export const householdLabelContext = (householdId: string) => `household-label:${householdId}`;
export const disclosureReferenceContext = (disclosureId: string) => `disclosure-reference:${disclosureId}`;
