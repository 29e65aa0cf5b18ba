/** React Query key of the family's appointments (the live channel refreshes it too). */
export const familyMeetingsKey = ['family', 'meetings'] as const;
