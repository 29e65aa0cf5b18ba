import { Route, Routes } from 'react-router';
import '../staff/staff.css';
import { AdminHome } from './AdminHome.tsx';
import { AdminLayout } from './AdminLayout.tsx';
import { AdminNotFound } from './AdminNotFound.tsx';
import './admin.css';
import { FlowPage } from './flow/FlowPage.tsx';
import { HelpLinesPage } from './help-lines/HelpLinesPage.tsx';
import { HelpPlanSettingsPage } from './help-plans/HelpPlanSettingsPage.tsx';
import { OmbudsOfficePage } from './ombuds/OmbudsOfficePage.tsx';
import { RoutingPage } from './routing/RoutingPage.tsx';
import { TeamsPage } from './teams/TeamsPage.tsx';
import { TextsPage } from './texts/TextsPage.tsx';

/** Office administration (Verwaltung), loaded lazily under /admin; admins only. */
export default function AdminApp() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<AdminHome />} />
        <Route path="eingangsassistent" element={<FlowPage />} />
        <Route path="zustaendigkeiten" element={<RoutingPage />} />
        <Route path="texte" element={<TextsPage />} />
        <Route path="teams" element={<TeamsPage />} />
        <Route path="notrufnummern" element={<HelpLinesPage />} />
        <Route path="ombudsstelle" element={<OmbudsOfficePage />} />
        <Route path="hilfeplanung" element={<HelpPlanSettingsPage />} />
        <Route path="*" element={<AdminNotFound />} />
      </Route>
    </Routes>
  );
}
