import { Route, Routes } from 'react-router';
import '../staff/staff.css';
import { ProviderLayout } from './ProviderLayout.tsx';
import { ProviderNotFound } from './ProviderNotFound.tsx';
import { PlacesPage } from './places/PlacesPage.tsx';
import './provider.css';

/** Provider portal (Trägerportal), loaded lazily under /traeger; staff of independent providers only. */
export default function ProviderApp() {
  return (
    <Routes>
      <Route element={<ProviderLayout />}>
        <Route index element={<PlacesPage />} />
        <Route path="*" element={<ProviderNotFound />} />
      </Route>
    </Routes>
  );
}
