import { Route, Routes } from 'react-router';
import '../staff/staff.css';
import { DashboardPage } from './DashboardPage.tsx';
import { PlanningLayout } from './PlanningLayout.tsx';
import { PlanningNotFound } from './PlanningNotFound.tsx';
import { StatisticsPage } from './StatisticsPage.tsx';

/**
 * The planning face (Jugendhilfeplanung), loaded lazily under /planung: anonymised figures and the
 * official statistics, for staff whose `/api/me` allows `plan` (never decided by role here).
 */
export default function PlanningApp() {
  return (
    <Routes>
      <Route element={<PlanningLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="statistik" element={<StatisticsPage />} />
        <Route path="*" element={<PlanningNotFound />} />
      </Route>
    </Routes>
  );
}
