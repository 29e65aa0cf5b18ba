import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FamilyApp } from './family/FamilyApp.tsx';
import { Spinner } from './ui/index.ts';
import './public/public.css';

// Each face is its own chunk, so the family app at `/` loads only what it needs.
const StaffApp = lazy(() => import('./staff/StaffApp.tsx'));
const VideoPage = lazy(() => import('./meetings/VideoPage.tsx'));
const AdminApp = lazy(() => import('./admin/AdminApp.tsx'));
const ProviderApp = lazy(() => import('./provider/ProviderApp.tsx'));
const PlanningApp = lazy(() => import('./planning/PlanningApp.tsx'));

export function App() {
  return (
    <Routes>
      <Route
        path="/fachkraft/*"
        element={
          <Suspense
            fallback={
              <div className="page-loading">
                <Spinner label="Cockpit wird geladen …" />
              </div>
            }
          >
            <StaffApp />
          </Suspense>
        }
      />
      <Route
        path="/admin/*"
        element={
          <Suspense
            fallback={
              <div className="page-loading">
                <Spinner label="Verwaltung wird geladen …" />
              </div>
            }
          >
            <AdminApp />
          </Suspense>
        }
      />
      <Route
        path="/traeger/*"
        element={
          <Suspense
            fallback={
              <div className="page-loading">
                <Spinner label="Trägerportal wird geladen …" />
              </div>
            }
          >
            <ProviderApp />
          </Suspense>
        }
      />
      <Route
        path="/planung/*"
        element={
          <Suspense
            fallback={
              <div className="page-loading">
                <Spinner label="Planung wird geladen …" />
              </div>
            }
          >
            <PlanningApp />
          </Suspense>
        }
      />
      <Route
        path="/video/:meetingId"
        element={
          // No words while the page loads: its reader may not read German (the page picks the language).
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            <VideoPage />
          </Suspense>
        }
      />
      <Route path="/*" element={<FamilyApp />} />
    </Routes>
  );
}
