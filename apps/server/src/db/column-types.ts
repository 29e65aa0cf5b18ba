import type { ColumnType } from 'kysely';

/** A timestamp the database may fill in (default now()) and the app may set. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Set once by the database when the row is created. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
