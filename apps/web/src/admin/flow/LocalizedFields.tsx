import { familyLanguages, type TFamilyLanguage } from '@lotse/shared';
import { Fieldset, Textarea, TextField } from '../../ui/index.ts';
import { languageLabels, textDirection } from '../labels.ts';

/**
 * One text in every language of the family app: German first and required, the translations
 * optional (an empty one is removed, so the family app falls back to its own translation).
 */
export function LocalizedFields(props: {
  legend: string;
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  multiline?: boolean;
  errors?: Partial<Record<TFamilyLanguage, string>>;
}) {
  function change(lang: TFamilyLanguage, text: string) {
    const next = { ...props.values };
    if (text === '' && lang !== 'de') delete next[lang];
    else next[lang] = text;
    props.onChange(next);
  }

  return (
    <Fieldset legend={props.legend} className="admin-localized">
      <div className="form-grid">
        {familyLanguages.map((lang) => {
          const common = {
            label: languageLabels[lang],
            optional: lang !== 'de',
            required: lang === 'de',
            error: props.errors?.[lang],
            value: props.values[lang] ?? '',
            className: lang === 'de' ? 'span-all' : undefined,
            ...textDirection(lang),
          };
          return props.multiline ? (
            <Textarea key={lang} {...common} rows={2} onChange={(e) => change(lang, e.target.value)} />
          ) : (
            <TextField key={lang} {...common} onChange={(e) => change(lang, e.target.value)} />
          );
        })}
      </div>
    </Fieldset>
  );
}
