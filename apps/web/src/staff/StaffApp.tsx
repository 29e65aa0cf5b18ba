import { Navigate, Route, Routes } from 'react-router';
import { PLANNING_PATH, startsOnPlanning } from '../planning/landing.ts';
import { PROVIDER_PATH, startsOnProviderPortal } from '../provider/landing.ts';
import { AccountPage } from './AccountPage.tsx';
import { AuditPage } from './AuditPage.tsx';
import { CaseBriefPage } from './brief/CaseBriefPage.tsx';
import { CaseListPage } from './cases/CaseListPage.tsx';
import { CasePage } from './cases/CasePage.tsx';
import { NewCasePage } from './cases/NewCasePage.tsx';
import { colleagueRoutes } from './colleagues/routes.tsx';
import { ComplaintListPage } from './complaints/ComplaintListPage.tsx';
import { ComplaintPage } from './complaints/ComplaintPage.tsx';
import { COMPLAINTS_PATH, startsOnComplaints } from './complaints/landing.ts';
import { cooperationRoutes } from './cooperation/routes.tsx';
import { FamilyPreviewPage } from './family/FamilyPreviewPage.tsx';
import { HelpPlanPage } from './helpplan/HelpPlanPage.tsx';
import { NewHelpPlanPage } from './helpplan/NewHelpPlanPage.tsx';
import { InboxPage } from './inbox/InboxPage.tsx';
import { RequestPage } from './inbox/RequestPage.tsx';
import { knowledgeRoutes } from './knowledge/routes.tsx';
import { LoginPage } from './LoginPage.tsx';
import { LawBrowserPage } from './law/LawBrowserPage.tsx';
import { LawParagraphPage } from './law/LawParagraphPage.tsx';
import { MyDayPage } from './MyDayPage.tsx';
import { RequireOffice } from './NoPermission.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { ChildModePage } from './perspectives/ChildModePage.tsx';
import { PlacementSearchPage } from './placements/PlacementSearchPage.tsx';
import { PrivacyPersonPage } from './privacy/PrivacyPersonPage.tsx';
import { PrivacySearchPage } from './privacy/PrivacySearchPage.tsx';
import { RetentionPage } from './privacy/RetentionPage.tsx';
import { CataloguePage } from './protection/CataloguePage.tsx';
import { NewReportPage } from './protection/NewReportPage.tsx';
import { ProcedurePage } from './protection/ProcedurePage.tsx';
import { StaffLayout } from './StaffLayout.tsx';
import { StaffNotFound } from './StaffNotFound.tsx';
import { mayInOffice, useCurrentUser } from './session.tsx';
import { TeamOverviewPage } from './workflow/TeamOverviewPage.tsx';
import './staff.css';

/**
 * The start page fits the user: "Mein Tag" for case work, the complaint list for the complaint office,
 * the provider portal for a provider's staff, the planning dashboard for planning and office management,
 * otherwise an overview of what they can use.
 */
function HomePage() {
  const me = useCurrentUser();
  if (mayInOffice(me, 'work_on_cases')) return <MyDayPage />;
  if (startsOnComplaints(me)) return <Navigate to={COMPLAINTS_PATH} replace />;
  if (startsOnProviderPortal(me)) return <Navigate to={PROVIDER_PATH} replace />;
  if (startsOnPlanning(me)) return <Navigate to={PLANNING_PATH} replace />;
  return <OverviewPage />;
}

/**
 * Staff cockpit (Fach-Cockpit), loaded lazily under /fachkraft. Pages a user may not use (by the
 * office-wide actions of `/api/me`) say so instead of loading a list or form the server would refuse.
 */
export default function StaffApp() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route element={<StaffLayout />}>
        <Route index element={<HomePage />} />
        <Route element={<RequireOffice action="work_on_cases" />}>
          <Route path="faelle" element={<CaseListPage />} />
          <Route path="faelle/:caseId" element={<CasePage />} />
          <Route path="faelle/:caseId/kurzbericht" element={<CaseBriefPage />} />
          <Route path="faelle/:caseId/hilfeplaene/neu" element={<NewHelpPlanPage />} />
          <Route path="faelle/:caseId/hilfeplaene/:planId" element={<HelpPlanPage />} />
          <Route path="faelle/:caseId/sichtweisen/:roundId/kind" element={<ChildModePage />} />
          <Route path="faelle/:caseId/kinderschutz/neu" element={<NewReportPage />} />
          <Route path="faelle/:caseId/familienansicht/:personId" element={<FamilyPreviewPage />} />
          <Route path="faelle/:caseId/kinderschutz/:procedureId" element={<ProcedurePage />} />
        </Route>
        <Route element={<RequireOffice action="create_cases" />}>
          <Route path="faelle/neu" element={<NewCasePage />} />
        </Route>
        <Route element={<RequireOffice action="work_on_requests" />}>
          <Route path="posteingang" element={<InboxPage />} />
          <Route path="posteingang/:requestId" element={<RequestPage />} />
        </Route>
        <Route element={<RequireOffice action="search_placements" />}>
          <Route path="plaetze" element={<PlacementSearchPage />} />
        </Route>
        <Route element={<RequireOffice action="lead_team" />}>
          <Route path="team" element={<TeamOverviewPage />} />
        </Route>
        <Route element={<RequireOffice action="handle_complaints" />}>
          <Route path="beschwerden" element={<ComplaintListPage />} />
          <Route path="beschwerden/:complaintId" element={<ComplaintPage />} />
        </Route>
        <Route element={<RequireOffice action="handle_data_subject_rights" />}>
          <Route path="datenschutz" element={<PrivacySearchPage />} />
          <Route path="datenschutz/personen/:personId" element={<PrivacyPersonPage />} />
          <Route path="datenschutz/aufbewahrung" element={<RetentionPage />} />
        </Route>
        <Route element={<RequireOffice action="read_audit" />}>
          <Route path="protokoll" element={<AuditPage />} />
        </Route>
        {/* Team leads and administrators import catalogues; the page asks the server who may. */}
        <Route path="kinderschutz/kataloge" element={<CataloguePage />} />
        {knowledgeRoutes()}
        {cooperationRoutes()}
        {colleagueRoutes()}
        <Route path="konto" element={<AccountPage />} />
        {/* The law at hand, for everyone signed in. */}
        <Route path="wissen/gesetze" element={<LawBrowserPage />} />
        <Route path="wissen/gesetze/:book/:paragraph" element={<LawParagraphPage />} />
        <Route path="*" element={<StaffNotFound />} />
      </Route>
    </Routes>
  );
}
