import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.js';
import { OfficeFactory } from './factories.js';

/** A small office: two ASD teams, caseworkers in each, a lead, a DPO, a planner and another office. */
export async function buildOffice(db: Db) {
  const office = await OfficeFactory.create(db);
  const nordArea = await office.socialArea('NORD', ['12101', '12103']);
  const suedArea = await office.socialArea('SUED', ['12201']);
  const nord = await office.team('ASD Nord', nordArea);
  const sued = await office.team('ASD Süd', suedArea);
  const anna = await office.user({ roles: ['caseworker'], teams: [nord] });
  const nora = await office.user({ roles: ['caseworker'], teams: [nord] });
  const ben = await office.user({ roles: ['caseworker'], teams: [sued] });
  const clara = await office.user({ roles: ['team_lead', 'caseworker'], teams: [nord], leads: [nord] });
  const dora = await office.user({ roles: ['dpo'] });
  const fiona = await office.user({ roles: ['planner'] });
  const other = await OfficeFactory.create(db, 'Jugendamt Anderswo');
  const otherTeam = await other.team('ASD Anderswo');
  const olga = await other.user({ roles: ['caseworker'], teams: [otherTeam] });
  return {
    office,
    nordArea,
    suedArea,
    nord,
    sued,
    anna,
    nora,
    ben,
    clara,
    dora,
    fiona,
    other,
    otherTeam,
    olga,
  };
}

export type Office = Awaited<ReturnType<typeof buildOffice>>;

/** Opens a case through the API as the given user and returns its id. */
export async function openCase(
  app: FastifyInstance,
  cookie: string,
  teamId: string,
  opts: { title?: string; childFirstName?: string; postcode?: string } = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie },
    payload: {
      title: opts.title ?? 'Unterstützung für Familie Test',
      helpType: 'p31_spfh',
      teamId,
      persons: [
        {
          role: 'child',
          person: {
            firstName: opts.childFirstName ?? 'Mia',
            lastName: 'Muster',
            birthDate: '2018-03-01',
            gender: 'female',
            postcode: opts.postcode ?? '12101',
          },
        },
        { role: 'parent', person: { firstName: 'Sandra', lastName: 'Muster', gender: 'female' } },
      ],
    },
  });
  if (res.statusCode !== 201) throw new Error(`openCase failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/**
 * A case with Mia (child, born 2018), her mother Sandra and Jan (16, the child of the case who may
 * have his own account), opened as `cookie` in `teamId`; returns the case and the persons' ids.
 */
export async function openFamilyCase(
  app: FastifyInstance,
  cookie: string,
  teamId: string,
): Promise<{ caseId: string; mia: string; sandra: string; jan: string }> {
  const caseId = await openCase(app, cookie, teamId);
  const young = await app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/persons`,
    headers: { cookie },
    payload: {
      role: 'child',
      person: { firstName: 'Jan', lastName: 'Muster', birthDate: '2010-01-15', gender: 'male' },
    },
  });
  if (young.statusCode !== 201) throw new Error(`adding Jan failed: ${young.statusCode} ${young.body}`);
  const detail = (
    await app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie } })
  ).json() as {
    persons: { id: string; firstName: string }[];
  };
  const idOf = (name: string) => detail.persons.find((p) => p.firstName === name)?.id ?? '';
  return { caseId, mia: idOf('Mia'), sandra: idOf('Sandra'), jan: idOf('Jan') };
}
