import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from './public/NotFoundPage.tsx';
import { PublicLayout } from './public/PublicLayout.tsx';
import { StartPage } from './public/StartPage.tsx';
import { Spinner } from './ui/index.ts';

// Each face is its own chunk, so the family-facing start page loads only what it needs.
const StaffApp = lazy(() => import('./staff/StaffApp.tsx'));

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
      <Route element={<PublicLayout />}>
        <Route index element={<StartPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
