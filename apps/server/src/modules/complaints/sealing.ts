/** Contexts of the sealed texts of a complaint (bound to the row, so a text cannot be moved to another). */
export const textContext = (id: string) => `complaint:${id}`;
export const answerContext = (id: string) => `complaint-answer:${id}`;
