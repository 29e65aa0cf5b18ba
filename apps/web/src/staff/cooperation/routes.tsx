import { Route } from 'react-router';
import { RequireOffice } from '../NoPermission.tsx';
import { DirectoryPage } from './DirectoryPage.tsx';
import { PackagesPage } from './PackagesPage.tsx';
import { SharedSpacePage } from './SharedSpacePage.tsx';

/**
 * The routes of "Kooperation" below /fachkraft, for everyone the server allows `use_knowledge`
 * (publishing and packages ask `publish_cooperation` on the page). Called inside StaffApp's <Routes>.
 */
export function cooperationRoutes() {
  return (
    <Route element={<RequireOffice action="use_knowledge" />}>
      <Route path="kooperation" element={<SharedSpacePage />} />
      <Route path="kooperation/verzeichnis" element={<DirectoryPage />} />
      <Route path="kooperation/pakete" element={<PackagesPage />} />
    </Route>
  );
}
