import { type TLogoutResponse, ZLogoutResponseSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Button } from '../ui/index.ts';

/**
 * Ends the staff session, forgets every cached answer and returns to the login page — by way of the
 * identity provider when the session came from there, so its session ends too (it sends the browser
 * back to the login page).
 */
export function LogoutButton() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () =>
      api<TLogoutResponse | undefined>('/api/auth/logout', { method: 'POST', schema: ZLogoutResponseSchema }),
    onSuccess: (answer) => {
      if (answer?.providerLogoutUrl) {
        queryClient.clear();
        window.location.assign(answer.providerLogoutUrl);
        return;
      }
      navigate('/fachkraft/login', { replace: true, state: { loggedOut: true } });
      queryClient.clear();
    },
  });
  return (
    <>
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
