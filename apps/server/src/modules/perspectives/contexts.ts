// Associated data of the sealed fields: each ciphertext is bound to its row and cannot be moved.
export const sealContexts = {
  comment: (roundId: string, perspective: string, dimension: string) =>
    `perspective:${roundId}:${perspective}:${dimension}`,
  ecomapLabel: (caseId: string, nodeId: string) => `ecomap-label:${caseId}:${nodeId}`,
  ecomapNote: (caseId: string, nodeId: string) => `ecomap-note:${caseId}:${nodeId}`,
};
