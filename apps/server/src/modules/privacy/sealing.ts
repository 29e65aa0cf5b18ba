// What the sealed texts of a data-subject request are bound to.
export const noteContext = (id: string) => `data-subject-request:${id}`;
export const decisionContext = (id: string) => `data-subject-decision:${id}`;
export const holdReasonContext = (id: string) => `retention-hold:${id}`;
