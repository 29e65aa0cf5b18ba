import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useHealth } from '../api/health.ts';
import { useFamilyTranslation } from '../i18n/address.ts';
import { usePublicOffice } from './api.ts';
import { EmergencyButton } from './components/EmergencyButton.tsx';
import { LanguageButton } from './components/LanguageButton.tsx';

const MAIN_ID = 'inhalt';

/** Frame of every family page: header with language switch, main, footer, emergency button. */
export function FamilyLayout() {
  const { t } = useFamilyTranslation();
  const office = usePublicOffice();
  const health = useHealth();
  useFocusMainOnNavigation();

  return (
    <div className="fam">
      <a className="fam-skip" href={`#${MAIN_ID}`}>
        {t('layout.skipToContent')}
      </a>
      <header className="fam-header">
        {health.data?.demo ? (
          <p className="fam-demo" role="note">
            {t('layout.demo')}
          </p>
        ) : null}
        <div className="fam-bar">
          <Link to="/" className="fam-brand">
            <span className="fam-brand-name">Lotse</span>
            <span className="fam-brand-office">{office.data?.name ?? t('layout.office')}</span>
          </Link>
          <LanguageButton />
        </div>
      </header>
      <main id={MAIN_ID} className="fam-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="fam-footer">
        <nav aria-label={t('layout.footerNav')}>
          <ul className="fam-footer-links">
            <li>
              <Link to="/">{t('layout.home')}</Link>
            </li>
            <li>
              <Link to="/zurueck">{t('layout.comeBack')}</Link>
            </li>
            <li>
              <Link to="/info/contact">{t('layout.contact')}</Link>
            </li>
            <li>
              {/* Staff read German, so this link stays German in every language. */}
              <Link to="/fachkraft" lang="de" className="fam-staff-link">
                Für Mitarbeitende
              </Link>
            </li>
          </ul>
        </nav>
      </footer>
      <EmergencyButton />
    </div>
  );
}

/** After a client-side page change, move focus to <main> so screen readers start at the new page. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void pathname;
    document.getElementById(MAIN_ID)?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}
