import { Route, Routes } from 'react-router';
import '../staff/staff.css';
import { CasePage } from './cases/CasePage.tsx';
import { CasesPage } from './cases/CasesPage.tsx';
import { InquiriesPage } from './inquiries/InquiriesPage.tsx';
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
        <Route path="anfragen" element={<InquiriesPage />} />
        <Route path="faelle" element={<CasesPage />} />
        <Route path="faelle/:caseId" element={<CasePage />} />
        <Route path="*" element={<ProviderNotFound />} />
      </Route>
    </Routes>
  );
}
