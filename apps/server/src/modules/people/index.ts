// People: persons with their address and social area, and how they appear in a case (genogram).
export { type CasePersonRow, presentCasePerson, presentRelation } from './case-people.js';
export { createPerson, type PersonInput } from './create-person.js';
export { peopleDataSubject } from './data-subject.js';
export { type PersonName, personNames } from './person-names.js';
export { openPersonal, type PersonalData } from './personal-data.js';
export { sealLegacyPersons } from './seal-legacy.js';
export { updatePerson } from './update-person.js';
