import type { TTeamContact } from '@lotse/shared';
import { useFamilyTranslation } from '../../i18n/address.ts';

function dialString(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** A team's name and the ways to reach it (phone and e-mail as links). */
export function TeamContactCard(props: { team: TTeamContact; headingLevel?: 2 | 3 }) {
  const { t } = useFamilyTranslation();
  const { team } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="fam-team">
      <Heading className="fam-team-name">{team.name}</Heading>
      {team.socialArea ? <p className="fam-muted">{t('team.area', { area: team.socialArea })}</p> : null}
      <dl className="fam-team-details">
        {team.phone ? (
          <div>
            <dt>{t('team.phone')}</dt>
            <dd>
              <a href={`tel:${dialString(team.phone)}`} dir="ltr" className="fam-team-link">
                {team.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {team.email ? (
          <div>
            <dt>{t('team.email')}</dt>
            <dd>
              <a href={`mailto:${team.email}`} dir="ltr" className="fam-team-link">
                {team.email}
              </a>
            </dd>
          </div>
        ) : null}
        {team.address ? (
          <div>
            <dt>{t('team.address')}</dt>
            <dd>{team.address}</dd>
          </div>
        ) : null}
        {team.hours ? (
          <div>
            <dt>{t('team.hours')}</dt>
            <dd>{team.hours}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
