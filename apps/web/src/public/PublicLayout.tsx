import { Link, Outlet } from 'react-router';
import { AppShell } from '../ui/index.ts';
import { DemoNotice } from './DemoNotice.tsx';

export function PublicLayout() {
  return (
    <AppShell
      brandHref="/"
      brandName="Lotse"
      brandSub="Jugendamt Musterstadt"
      renderBrandLink={(content, className) => (
        <Link to="/" className={className}>
          {content}
        </Link>
      )}
      notice={<DemoNotice />}
      footer={<p>Lotse – eine offene Plattform für die Kinder- und Jugendhilfe.</p>}
    >
      <Outlet />
    </AppShell>
  );
}
