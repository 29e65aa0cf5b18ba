import {
  genderLabels,
  helpTypeLabels,
  offerLanguageLabels,
  specialisationLabels,
  type TInquiryProfile,
} from '@lotse/shared';
import { DefinitionList } from '../../ui/index.ts';
import { formatDate } from '../format.ts';

type Profile = Omit<TInquiryProfile, 'age' | 'helpType'> & {
  age: number | null;
  helpType: TInquiryProfile['helpType'] | '';
};

function listOf(values: string[]): string {
  return values.length > 0 ? values.join(', ') : '–';
}

/** "8 Jahre, weiblich": the line a provider reads first. */
export function profileHeadline(profile: Profile): string {
  const age = profile.age === null ? 'Alter fehlt' : profile.age === 1 ? '1 Jahr' : `${profile.age} Jahre`;
  return `${age}, ${genderLabels[profile.gender]}`;
}

/**
 * An inquiry's anonymised profile, in the words the provider portal uses: age and gender, help type,
 * start, specialisations, languages, needs and (before sending) the deadline.
 */
export function InquiryProfile(props: { profile: Profile; answerBy?: string }) {
  const { profile } = props;
  return (
    <DefinitionList
      items={[
        { term: 'Alter, Geschlecht', value: profileHeadline(profile) },
        { term: 'Hilfeart', value: profile.helpType ? helpTypeLabels[profile.helpType] : '–' },
        { term: 'Beginn', value: profile.startBy ? `ab ${formatDate(profile.startBy)}` : 'offen' },
        {
          term: 'Schwerpunkte',
          value: listOf(profile.specialisations.map((s) => specialisationLabels[s])),
        },
        { term: 'Sprachen', value: listOf(profile.languages.map((l) => offerLanguageLabels[l])) },
        { term: 'Bedarf', value: profile.needs ? <span className="pre-wrap">{profile.needs}</span> : '–' },
        ...(props.answerBy ? [{ term: 'Antwort bis', value: formatDate(props.answerBy) }] : []),
      ]}
    />
  );
}
