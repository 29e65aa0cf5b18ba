import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { familyLogout } from '../requestApi.ts';

/** Signing out of the family app: the session ends and nothing of the family stays in the cache. */
export function useFamilyLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: familyLogout,
    onSettled: () => {
      queryClient.removeQueries({ queryKey: ['family'] });
      navigate('/');
    },
  });
}

/** The foot of a signed-in page: the way to complain (§ 9a), sign out, back to the start page. */
export function SignOutRow({ logout }: { logout: ReturnType<typeof useFamilyLogout> }) {
  const { t } = useFamilyTranslation();
  return (
    <>
      <p>
        <Link to="/beschwerde">{t('complaint.link')}</Link>
      </p>
      <div className="fam-row">
        <button
          type="button"
          className="fam-btn fam-btn-secondary"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('request.logout')}
        </button>
        <Link to="/" className="fam-back">
          {t('common.backHome')}
        </Link>
      </div>
    </>
  );
}
