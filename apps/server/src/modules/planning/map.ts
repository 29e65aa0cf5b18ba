import type { TPlanningMap } from '@lotse/shared';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { badRequest } from '../../platform/errors.js';

const ZPosition = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ZRing = z.array(ZPosition).min(4).max(5000);
const ZGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ZRing).min(1).max(50) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ZRing).min(1).max(50)).min(1).max(50),
  }),
]);
const ZShapes = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ code: z.string().min(1).max(40) }),
        geometry: ZGeometry,
      }),
    )
    .min(1)
    .max(500),
});

/** Replaces the outlines of the office's social areas (GeoJSON; `properties.code` names the area). */
export async function importAreaShapes(tx: Tx, tenantId: string, geojson: unknown): Promise<number> {
  const parsed = ZShapes.safeParse(geojson);
  if (!parsed.success)
    throw badRequest('Die Karte muss eine GeoJSON-FeatureCollection mit Polygonen und properties.code sein.');
  const areas = new Set(
    (await tx.selectFrom('directory_social_areas').select('code').execute()).map((a) => a.code),
  );
  const unknown = parsed.data.features.find((f) => !areas.has(f.properties.code));
  if (unknown) throw badRequest(`Sozialraum „${unknown.properties.code}“ gibt es in diesem Jugendamt nicht.`);
  await tx.deleteFrom('planning_area_shapes').execute();
  await tx
    .insertInto('planning_area_shapes')
    .values(
      parsed.data.features.map((f) => ({
        tenant_id: tenantId,
        social_area: f.properties.code,
        geometry: JSON.stringify(f.geometry),
      })),
    )
    .execute();
  return parsed.data.features.length;
}

/** The social areas with an outline, as a FeatureCollection for the dashboard's map. */
export async function areaMap(tx: Tx): Promise<TPlanningMap> {
  const rows = await tx
    .selectFrom('planning_area_shapes as s')
    .innerJoin('directory_social_areas as a', (j) =>
      j.onRef('a.tenant_id', '=', 's.tenant_id').onRef('a.code', '=', 's.social_area'),
    )
    .select(['s.social_area', 's.geometry', 'a.name'])
    .orderBy('a.name')
    .execute();
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature' as const,
      properties: { code: r.social_area, name: r.name },
      geometry: (typeof r.geometry === 'string'
        ? JSON.parse(r.geometry)
        : r.geometry) as TPlanningMap['features'][number]['geometry'],
    })),
  };
}
