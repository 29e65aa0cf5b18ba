import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface Health {
  status: string;
  db: 'pglite' | 'postgres';
  demo: boolean;
}

/** Public health endpoint; tells every face whether this installation runs with demo data. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => api<Health>('/api/health', { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
