import type { TClassifyResponse, TIntakeTopic, TTeamContact, TWriterRole } from '@lotse/shared';

export interface ChatMessage {
  id: number;
  from: 'assistant' | 'family';
  /** The text as shown; it also goes into the transcript for the caseworker. */
  text: string;
  /** Extra content shown below the text. */
  variant?: 'danger' | 'team';
  team?: TTeamContact;
  /** With `danger`: what kind of danger, so the fitting help lines come first. */
  signals?: string[];
}

/** What the person has told the assistant so far. */
export interface IntakeAnswers {
  writerRole?: TWriterRole;
  concern?: string;
  classification?: TClassifyResponse;
  /** The answer to the safety question, when the assistant asked it. */
  safetyAnswer?: 'yes' | 'no' | 'unsure';
  topic?: TIntakeTopic;
  age?: number | null;
  postcode?: string;
  street?: string;
  houseNumber?: string;
  team?: TTeamContact | null;
  anonymous: boolean;
  name?: string;
  phone?: string;
  email?: string;
}

export interface AddressAnswer {
  postcode: string;
  street: string;
  houseNumber: string;
}

export interface ContactAnswer {
  anonymous: boolean;
  name: string;
  phone: string;
  email: string;
}
