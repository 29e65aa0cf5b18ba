import { type TOmbudsOffice, ZOmbudsOfficeSchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

const ombudsOfficeKey = ['admin', 'ombuds-office'] as const;

/** The region's ombuds office as entered, or null while none is. */
export function useOmbudsOffice() {
  return useQuery({
    queryKey: ombudsOfficeKey,
    queryFn: ({ signal }) =>
      api<TOmbudsOffice | null>('/api/admin/ombuds-office', {
        signal,
        schema: ZOmbudsOfficeSchema.nullable(),
      }),
  });
}

export function useSaveOmbudsOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (office: TOmbudsOffice) =>
      api<TOmbudsOffice>('/api/admin/ombuds-office', {
        method: 'PUT',
        body: office,
        schema: ZOmbudsOfficeSchema,
      }),
    onSuccess: (office) => queryClient.setQueryData(ombudsOfficeKey, office),
  });
}
