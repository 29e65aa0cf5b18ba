import type { TFamilyLanguage } from '@lotse/shared';
import { errorMessage } from '../../api/client.ts';
import { Alert, Spinner } from '../../ui/index.ts';
import { useContentPage } from '../api.ts';
import { TextForm } from './TextForm.tsx';

/** Loads one page in one language and hands it to the form. */
export function TextEditor(props: {
  slug: string;
  lang: TFamilyLanguage;
  formal: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const page = useContentPage(props.slug, props.lang, props.formal);
  if (page.isPending) return <Spinner label="Text wird geladen …" />;
  if (page.isError) {
    return (
      <Alert tone="danger" title="Der Text konnte nicht geladen werden">
        <p>{errorMessage(page.error)}</p>
      </Alert>
    );
  }
  return (
    <TextForm
      slug={props.slug}
      lang={props.lang}
      formal={props.formal}
      page={page.data}
      onDirtyChange={props.onDirtyChange}
    />
  );
}
