import { Route, Routes } from 'react-router';
import { AccountPage } from './AccountPage.tsx';
import { AuditPage } from './AuditPage.tsx';
import { CaseListPage } from './cases/CaseListPage.tsx';
import { CasePage } from './cases/CasePage.tsx';
import { NewCasePage } from './cases/NewCasePage.tsx';
import { InboxPage } from './inbox/InboxPage.tsx';
import { RequestPage } from './inbox/RequestPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { MyDayPage } from './MyDayPage.tsx';
import { StaffLayout } from './StaffLayout.tsx';
import { StaffNotFound } from './StaffNotFound.tsx';
import './staff.css';

/** Staff cockpit (Fach-Cockpit), loaded lazily under /fachkraft. */
export default function StaffApp() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route element={<StaffLayout />}>
        <Route index element={<MyDayPage />} />
        <Route path="faelle" element={<CaseListPage />} />
        <Route path="faelle/neu" element={<NewCasePage />} />
        <Route path="faelle/:caseId" element={<CasePage />} />
        <Route path="posteingang" element={<InboxPage />} />
        <Route path="posteingang/:requestId" element={<RequestPage />} />
        <Route path="protokoll" element={<AuditPage />} />
        <Route path="konto" element={<AccountPage />} />
        <Route path="*" element={<StaffNotFound />} />
      </Route>
    </Routes>
  );
}
