import type { KeyRing } from '../../platform/crypto.js';
import { platformDataSubject } from '../../platform/data-subject.js';
import type { PersonalDataSource } from '../../platform/personal-data.js';
import { casesDataSubject } from '../cases/index.js';
import { complaintsDataSubject } from '../complaints/index.js';
import { consentDataSubject } from '../consent/index.js';
import { cooperationDataSubject } from '../cooperation/index.js';
import { familyDataSubject } from '../family/index.js';
import { feedbackDataSubject } from '../feedback/index.js';
import { helpplanDataSubject } from '../helpplan/index.js';
import { hintsDataSubject } from '../hints/index.js';
import { meetingsDataSubject } from '../meetings/index.js';
import { messagingDataSubject } from '../messaging/index.js';
import { peopleDataSubject } from '../people/index.js';
import { perspectivesDataSubject } from '../perspectives/index.js';
import { placementsDataSubject } from '../placements/index.js';
import { protectionDataSubject } from '../protection/index.js';
import { requestsDataSubject } from '../requests/index.js';
import { privacyDataSubject } from './data-subject.js';

/**
 * Every owner's declaration of its tables about a person, in the order of the export. The coverage
 * test fails when a table that the schema links to a person is in none of them (or in EXEMPT).
 */
export function personalDataSources(keys: KeyRing): PersonalDataSource[] {
  return [
    peopleDataSubject,
    casesDataSubject,
    familyDataSubject,
    requestsDataSubject,
    messagingDataSubject,
    meetingsDataSubject,
    helpplanDataSubject,
    protectionDataSubject,
    perspectivesDataSubject,
    hintsDataSubject,
    feedbackDataSubject,
    complaintsDataSubject,
    placementsDataSubject,
    consentDataSubject,
    cooperationDataSubject(keys),
    privacyDataSubject,
    platformDataSubject,
  ];
}
