import { useHealth } from '../api/health.ts';
import { DemoBanner } from '../ui/index.ts';

/** Shows the demo banner when the server (or the signed-in session) says this is a demo installation. */
export function DemoNotice(props: { demo?: boolean }) {
  const health = useHealth();
  if (!props.demo && !health.data?.demo) return null;
  return <DemoBanner>Demo-Betrieb – alle Daten sind erfunden. Bitte keine echten Daten eingeben.</DemoBanner>;
}
