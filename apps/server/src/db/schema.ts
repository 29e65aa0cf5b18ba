import type { AuthReadable, AuthTables } from '../modules/auth/tables.js';
import type { CasesTables } from '../modules/cases/tables.js';
import type { ComplaintsTables } from '../modules/complaints/tables.js';
import type { ConsentTables } from '../modules/consent/tables.js';
import type { ContentTables } from '../modules/content/tables.js';
import type { ColleagueTables, CooperationTables } from '../modules/cooperation/tables.js';
import type { FamilyTables } from '../modules/family/tables.js';
import type { FeedbackTables } from '../modules/feedback/tables.js';
import type { HelpPlanTables } from '../modules/helpplan/tables.js';
import type { HintTables } from '../modules/hints/tables.js';
import type { IntakeTables } from '../modules/intake/tables.js';
import type { KnowledgeTables } from '../modules/knowledge/tables.js';
import type { LawTables } from '../modules/law/tables.js';
import type { MeetingsTables } from '../modules/meetings/tables.js';
import type { MessagingReadable, MessagingTables } from '../modules/messaging/tables.js';
import type { PeopleTables } from '../modules/people/tables.js';
import type { PerspectivesTables } from '../modules/perspectives/tables.js';
import type { PlacementTables } from '../modules/placements/tables.js';
import type { PlanningTables } from '../modules/planning/tables.js';
import type { PrivacyTables } from '../modules/privacy/tables.js';
import type { ProtectionTables } from '../modules/protection/tables.js';
import type { ProvidersTables } from '../modules/providers/tables.js';
import type { RequestsTables } from '../modules/requests/tables.js';
import type { TenancyReadable, TenancyTables } from '../modules/tenancy/tables.js';
import type { PlatformReadable, PlatformTables } from '../platform/tables.js';

/**
 * Every table and view, as Kysely sees them: each owner declares its own in its `tables.ts`; this
 * file only composes them (like app.ts composes the modules' routes). Which module may touch which
 * table is checked by db/table-ownership.test.ts.
 */
export interface Database
  extends PlatformTables,
    PlatformReadable,
    TenancyTables,
    TenancyReadable,
    AuthTables,
    AuthReadable,
    PeopleTables,
    CasesTables,
    IntakeTables,
    ContentTables,
    RequestsTables,
    MessagingTables,
    MessagingReadable,
    MeetingsTables,
    HelpPlanTables,
    PerspectivesTables,
    ProtectionTables,
    HintTables,
    FamilyTables,
    FeedbackTables,
    ComplaintsTables,
    PrivacyTables,
    ProvidersTables,
    PlacementTables,
    ConsentTables,
    PlanningTables,
    LawTables,
    KnowledgeTables,
    CooperationTables,
    ColleagueTables {}
