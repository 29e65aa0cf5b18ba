import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { initFamilyI18n } from '../i18n/i18n.ts';
import { LoadFailed } from './components/LoadFailed.tsx';
import { PageLoading } from './components/PageLoading.tsx';
import { FamilyLayout } from './FamilyLayout.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import './family.css';

// The start page and the emergency panel load at once; everything heavier (Markdown, the intake
// assistant with its schemas and proof of work, the request view) loads when it is opened.
const InfoPage = lazy(() => import('./pages/InfoPage.tsx'));
const IntakePage = lazy(() => import('./intake/IntakePage.tsx'));
const ComeBackPage = lazy(() => import('./pages/ComeBackPage.tsx'));
const MyRequestPage = lazy(() => import('./pages/MyRequestPage.tsx'));
const InvitationPage = lazy(() => import('./pages/InvitationPage.tsx'));
const MyFilePage = lazy(() => import('./pages/MyFilePage.tsx'));
const AccessLogPage = lazy(() => import('./pages/AccessLogPage.tsx'));
const FeedbackPage = lazy(() => import('./feedback/FeedbackPage.tsx'));
const ComplaintsPage = lazy(() => import('./complaints/ComplaintsPage.tsx'));
const ConsentsPage = lazy(() => import('./consents/ConsentsPage.tsx'));
const OffersPage = lazy(() => import('./offers/OffersPage.tsx'));
const DirectoryPage = lazy(() => import('./directory/DirectoryPage.tsx'));

/** The family face at `/`: phone first, many languages, emergency help on every page. */
export function FamilyApp() {
  const [instance, setInstance] = useState<i18n | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    initFamilyI18n().then(setInstance, (error: unknown) => {
      console.error('Sprachdateien konnten nicht geladen werden', error);
      setFailed(true);
    });
  }, []);

  if (failed) return <LoadFailed />;
  if (!instance) return <div className="fam-boot" aria-busy="true" />;

  return (
    <I18nextProvider i18n={instance}>
      <Routes>
        <Route element={<FamilyLayout />}>
          <Route index element={<HomePage />} />
          <Route path="info/:slug" element={<Lazy page={<InfoPage />} />} />
          <Route path="anliegen" element={<Lazy page={<IntakePage />} />} />
          <Route path="zurueck" element={<Lazy page={<ComeBackPage />} />} />
          <Route path="meine-anfrage" element={<Lazy page={<MyRequestPage />} />} />
          <Route path="einladung" element={<Lazy page={<InvitationPage />} />} />
          <Route path="meine-akte" element={<Lazy page={<MyFilePage />} />} />
          <Route path="meine-akte/protokoll" element={<Lazy page={<AccessLogPage />} />} />
          <Route path="meine-akte/rueckmeldung/:personId" element={<Lazy page={<FeedbackPage />} />} />
          <Route path="meine-akte/einwilligungen" element={<Lazy page={<ConsentsPage />} />} />
          <Route path="meine-akte/angebote" element={<Lazy page={<OffersPage />} />} />
          <Route path="beschwerde" element={<Lazy page={<ComplaintsPage />} />} />
          <Route path="angebote" element={<Lazy page={<DirectoryPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </I18nextProvider>
  );
}

function Lazy(props: { page: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{props.page}</Suspense>;
}
