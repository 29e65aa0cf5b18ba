import type { TOnboardingPath } from '@lotse/shared';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, PageHeader, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import type { SavedState } from './ArticleEditorPage.tsx';
import { useOnboardingPath } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { PathForm } from './PathForm.tsx';
import { ONBOARDING_PATH } from './paths.ts';

function stepCount(n: number): string {
  return n === 1 ? 'einem Schritt' : `${n} Schritten`;
}

/** Back to "Einarbeitung" after saving, with what was saved in the navigation state. */
function useBackToOnboarding() {
  const navigate = useNavigate();
  return {
    saved: (path: TOnboardingPath, created: boolean) =>
      navigate(ONBOARDING_PATH, {
        state: {
          saved: `Der Einarbeitungsplan „${path.title}“ ist ${created ? 'angelegt' : 'gespeichert'} (${path.weeks === 1 ? 'eine Woche' : `${path.weeks} Wochen`} mit ${stepCount(path.steps.length)}).`,
        } satisfies SavedState,
      }),
    cancel: () => navigate(ONBOARDING_PATH),
  };
}

function EditorFrame(props: { pageTitle: string; title: string; lead: string; children: ReactNode }) {
  return (
    <div className="knowledge-page">
      <title>{`${props.pageTitle} – Wissen – Lotse`}</title>
      <KnowledgeNav />
      <p className="small">
        <Link to={ONBOARDING_PATH}>
          <span aria-hidden="true">← </span>Zurück zur Einarbeitung
        </Link>
      </p>
      <PageHeader title={props.title} lead={props.lead} />
      <div className="card">{props.children}</div>
    </div>
  );
}

/** "Einarbeitungsplan anlegen": a team lead or administrator writes a new path for the office. */
export function NewPathPage() {
  const back = useBackToOnboarding();
  return (
    <EditorFrame
      pageTitle="Einarbeitungsplan anlegen"
      title="Einarbeitungsplan anlegen"
      lead="Legen Sie fest, was neue Kolleginnen und Kollegen Woche für Woche lesen, tun und besprechen. Zuweisen können Sie den Plan danach auf der Seite „Einarbeitung“."
    >
      <PathForm onSaved={(path) => back.saved(path, true)} onCancel={back.cancel} />
    </EditorFrame>
  );
}

/** Changes a path; those already on it keep their ticks on the steps that stay. */
export function EditPathPage() {
  const { pathId = '' } = useParams();
  const back = useBackToOnboarding();
  const path = useOnboardingPath(pathId);

  if (path.isPending) return <Spinner label="Einarbeitungsplan wird geladen …" />;
  if (path.isError) {
    if (isApiError(path.error, 404) || isApiError(path.error, 400)) {
      return (
        <StaffNotFound
          title="Einarbeitungsplan nicht gefunden"
          text="Diesen Einarbeitungsplan gibt es nicht, oder Sie dürfen ihn nicht sehen."
        />
      );
    }
    return (
      <Alert tone="danger" title="Der Einarbeitungsplan konnte nicht geladen werden">
        <p>{errorMessage(path.error)}</p>
      </Alert>
    );
  }
  const p = path.data;
  return (
    <EditorFrame
      pageTitle={`${p.title} bearbeiten`}
      title="Einarbeitungsplan bearbeiten"
      lead={`„${p.title}“ (${p.weeks === 1 ? 'eine Woche' : `${p.weeks} Wochen`}, ${p.steps.length === 1 ? 'ein Schritt' : `${p.steps.length} Schritte`})`}
    >
      <PathForm key={p.id} path={p} onSaved={(saved) => back.saved(saved, false)} onCancel={back.cancel} />
    </EditorFrame>
  );
}
