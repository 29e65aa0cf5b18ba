import type { TMe } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Button } from '../ui/index.ts';

/** Name, way back to the cockpit and logout, in the header bar. */
export function AdminUserArea(props: { user: TMe }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => api<unknown>('/api/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      navigate('/fachkraft/login', { replace: true, state: { loggedOut: true } });
      queryClient.clear();
    },
  });

  return (
    <>
      <span className="user-name">
        <span className="visually-hidden">Angemeldet als </span>
        <strong>{props.user.displayName}</strong>
      </span>
      <Link to="/fachkraft" className="admin-cockpit-link">
        Zum Fach-Cockpit
      </Link>
      <Button variant="ghost" size="sm" busy={logout.isPending} onClick={() => logout.mutate()}>
        Abmelden
      </Button>
      {logout.isError ? (
        <span role="alert" className="logout-error">
          {errorMessage(logout.error)}
        </span>
      ) : null}
    </>
  );
}
