import type { TDimension, TPerspective, TPerspectiveCatalogue, TPerspectiveRound } from '@lotse/shared';
import { perspectives } from '@lotse/shared';

/** A spread of this many points or more counts as "views differ" and is highlighted. */
export const DIFFERENCE_THRESHOLD = 2;

export interface DimensionComparison {
  dimension: TDimension;
  /** Per perspective that rated in the round: the value, or null for "keine Angabe". */
  values: Partial<Record<TPerspective, number | null>>;
  comments: { perspective: TPerspective; text: string }[];
  /** Highest minus lowest value; null with fewer than two values. */
  spread: number | null;
  differs: boolean;
}

/** The perspectives that entered something in the round, in the fixed order child → provider. */
export function perspectivesIn(round: TPerspectiveRound): TPerspective[] {
  return perspectives.filter((p) => round.entries.some((e) => e.perspective === p));
}

/** Side by side per dimension: everyone's value, the spread and whether the views differ. */
export function compareRound(
  catalogue: TPerspectiveCatalogue,
  round: TPerspectiveRound,
): DimensionComparison[] {
  return catalogue.dimensions.map((dimension) => {
    const values: DimensionComparison['values'] = {};
    const comments: DimensionComparison['comments'] = [];
    for (const entry of round.entries) {
      const rating = entry.ratings.find((r) => r.dimension === dimension.id);
      if (!rating) continue;
      values[entry.perspective] = rating.value;
      if (rating.comment) comments.push({ perspective: entry.perspective, text: rating.comment });
    }
    const numbers = Object.values(values).filter((v): v is number => typeof v === 'number');
    const spread = numbers.length >= 2 ? Math.max(...numbers) - Math.min(...numbers) : null;
    return {
      dimension,
      values,
      comments,
      spread,
      differs: spread !== null && spread >= DIFFERENCE_THRESHOLD,
    };
  });
}
