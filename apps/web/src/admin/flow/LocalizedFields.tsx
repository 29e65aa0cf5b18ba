import { familyLanguages, type TFamilyLanguage } from '@lotse/shared';
import { Fieldset, Textarea, TextField } from '../../ui/index.ts';
import { languageLabels, textDirection } from '../labels.ts';

/**
 * The family app addresses adults with Sie and children and young people with du (decision 0005).
 * German and Leichte Sprache have both forms: the plain text is the du form, `<lang>_formal` the Sie
 * form. Left empty, adults see Lotse's own Sie wording of a standard question, else the plain text.
 */
const formalVariants: readonly { key: string; lang: TFamilyLanguage; after: TFamilyLanguage }[] = [
  { key: 'de_formal', lang: 'de', after: 'de' },
  { key: 'de-simple_formal', lang: 'de-simple', after: 'de-simple' },
];
const FORMAL_HINT = 'Für Eltern, Fachleute und andere Erwachsene. Leer: Lotses eigene Sie-Fassung.';

/**
 * One text in every language of the family app: German first and required, the translations
 * optional (an empty one is removed, so the family app falls back to its own translation). With
 * `formal`, German and Leichte Sprache also get a field for the Sie form.
 */
export function LocalizedFields(props: {
  legend: string;
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  multiline?: boolean;
  formal?: boolean;
  errors?: Partial<Record<TFamilyLanguage, string>>;
}) {
  function change(key: string, text: string) {
    const next = { ...props.values };
    if (text === '' && key !== 'de') delete next[key];
    else next[key] = text;
    props.onChange(next);
  }

  const fields = familyLanguages.flatMap((lang) => [
    { key: lang as string, lang, label: languageLabels[lang], hint: undefined as string | undefined },
    ...(props.formal
      ? formalVariants
          .filter((v) => v.after === lang)
          .map((v) => ({
            key: v.key,
            lang: v.lang,
            label: `${languageLabels[v.lang]} (Sie)`,
            hint: FORMAL_HINT,
          }))
      : []),
  ]);

  return (
    <Fieldset legend={props.legend} className="admin-localized">
      <div className="form-grid">
        {fields.map(({ key, lang, label, hint }) => {
          const common = {
            label,
            hint,
            optional: key !== 'de',
            required: key === 'de',
            error: key === lang ? props.errors?.[lang] : undefined,
            value: props.values[key] ?? '',
            className: lang === 'de' ? 'span-all' : undefined,
            ...textDirection(lang),
          };
          return props.multiline ? (
            <Textarea key={key} {...common} rows={2} onChange={(e) => change(key, e.target.value)} />
          ) : (
            <TextField key={key} {...common} onChange={(e) => change(key, e.target.value)} />
          );
        })}
      </div>
    </Fieldset>
  );
}
