import {
  intakeTopics,
  type TFlowStep,
  type TIntakeTopic,
  type TWriterRole,
  ZWriterRole,
} from '@lotse/shared';
import { useCallback, useRef, useState } from 'react';
import {
  type AddressForm,
  addressFormFor,
  type FamilyT,
  rememberAddressForm,
  useFamilyTranslation,
  withAddress,
} from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { EmergencyNumbers } from '../components/EmergencyNumbers.tsx';
import { TeamContactCard } from '../components/TeamContactCard.tsx';
import type { CreateIntakeResponse } from '../requestApi.ts';
import { classifyConcern, routeRequest } from '../requestApi.ts';
import { optionLabel, promptFor } from './flow.ts';
import { IntakeResult } from './IntakeResult.tsx';
import {
  AddressInput,
  ChoiceInput,
  ContactInput,
  NumberInput,
  TextInput,
  TopicInput,
} from './StepInputs.tsx';
import { SummaryStep } from './SummaryStep.tsx';
import type { AddressAnswer, ChatMessage, ContactAnswer, IntakeAnswers } from './types.ts';

/** Below this confidence the assistant asks the person to pick the topic instead of confirming it. */
const CONFIDENT = 0.5;

function topicLabel(t: FamilyT, topic: TIntakeTopic): string {
  return t(`topics.${topic}`);
}

/** The assistant's message when a step starts; the topic step names what was recognised. */
function stepMessage(
  step: TFlowStep,
  answers: IntakeAnswers,
  lang: ReturnType<typeof currentLanguage>,
  t: FamilyT,
  form: AddressForm,
) {
  if (step.field === 'topicChoice') {
    const c = answers.classification;
    if (c && c.topic !== 'other' && c.confidence >= CONFIDENT) {
      return t('intake.topicRecognised', { topic: topicLabel(t, c.topic) });
    }
    return t('intake.topicChoose');
  }
  return promptFor(step, lang, t, form);
}

/**
 * The conversation: messages in an aria-live log, below it the input for the current step. The
 * flow's first question opens it (the office's flow greets there; the page's lead says that a
 * computer program asks, so the assistant greets once). From the writer role on, the assistant
 * addresses the person as fits them (du for children and young people, Sie for adults).
 */
export function IntakeChat(props: { steps: TFlowStep[]; onSent?: () => void }) {
  const { steps } = props;
  const { t, i18n, context } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const nextId = useRef(2);
  const [messages, setMessages] = useState<ChatMessage[]>(() =>
    steps[0]
      ? [{ id: 1, from: 'assistant', text: stepMessage(steps[0], { anonymous: false }, lang, t, context) }]
      : [],
  );
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<IntakeAnswers>({ anonymous: false });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CreateIntakeResponse | null>(null);
  /** Set while the safety question waits for its answer (the concern's answers so far). */
  const [askingSafety, setAskingSafety] = useState<IntakeAnswers | null>(null);
  const moved = useRef(false);
  const step = steps[index];

  // After each answer, focus the next question's first control (not on page load: the heading comes first).
  // A ref callback on the keyed wrapper runs whenever a new step's input mounts.
  const focusFirstControl = useCallback((node: HTMLDivElement | null) => {
    if (!node || !moved.current) return;
    node.querySelector<HTMLElement>('input:not([tabindex="-1"]), textarea, button')?.focus();
  }, []);

  function say(from: ChatMessage['from'], text: string, extra: Partial<ChatMessage> = {}) {
    const id = nextId.current++;
    setMessages((list) => [...list, { id, from, text, ...extra }]);
  }

  /** Moves on; `form` is the form of address just chosen (the render's `t` still has the old one). */
  function goNext(after: IntakeAnswers, form: AddressForm = context) {
    moved.current = true;
    const next = steps[index + 1];
    const tNext = form === context ? t : withAddress(i18n.t.bind(i18n), form);
    if (next) say('assistant', stepMessage(next, after, lang, tNext, form));
    setAnswers(after);
    setIndex(index + 1);
  }

  function skip() {
    say('family', t('intake.skipped'));
    goNext(answers);
  }

  function answerChoice(value: string, label: string) {
    if (!step) return;
    say('family', label);
    const after = { ...answers };
    let form = context;
    if (step.field === 'writerRole' && isWriterRole(value)) {
      after.writerRole = value;
      form = addressFormFor(value);
      // Kept on this device: the rest of the assistant, "Meine Anfrage" and the video page use it.
      rememberAddressForm(form);
    }
    if (step.field === 'topicChoice' && isTopic(value)) after.topic = value;
    goNext(after, form);
  }

  async function answerText(text: string) {
    if (!step) return;
    say('family', text);
    if (step.field !== 'concern') return goNext(answers);
    setBusy(true);
    const after: IntakeAnswers = { ...answers, concern: text };
    let unsure = false;
    try {
      const classification = await classifyConcern(text, lang);
      after.classification = classification;
      after.topic = classification.topic;
      if (classification.danger) {
        say('assistant', dangerText(t, classification.signals), {
          variant: 'danger',
          signals: classification.signals,
        });
      }
      unsure = !classification.danger && classification.uncertain;
    } catch (error) {
      // Without a recognised topic the person simply picks one in the next step; without a danger
      // check the assistant asks (a missed danger costs more than one question).
      console.warn('Thema konnte nicht erkannt werden', error);
      unsure = true;
    } finally {
      setBusy(false);
    }
    if (unsure) {
      moved.current = true;
      say('assistant', t('intake.safety.question'));
      setAskingSafety(after);
      return;
    }
    goNext(after);
  }

  /** The answer to "Are you or is someone in danger right now?": yes and "don't know" show help. */
  function answerSafety(answer: 'yes' | 'no' | 'unsure') {
    if (!askingSafety) return;
    say('family', t(`intake.safety.${answer}`));
    const after: IntakeAnswers = { ...askingSafety, safetyAnswer: answer };
    if (answer !== 'no') say('assistant', t('intake.danger.text'), { variant: 'danger', signals: [] });
    setAskingSafety(null);
    goNext(after);
  }

  function answerNumber(value: number) {
    say('family', String(value));
    goNext(step?.field === 'age' ? { ...answers, age: value } : answers);
  }

  async function answerAddress(address: AddressAnswer) {
    const shown = [address.postcode, [address.street, address.houseNumber].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    say('family', shown || t('intake.skipped'));
    const after: IntakeAnswers = { ...answers, ...address };
    setBusy(true);
    try {
      const team = await routeRequest({
        topic: answers.topic ?? 'other',
        postcode: address.postcode || undefined,
        street: address.street || undefined,
        houseNumber: address.houseNumber || undefined,
      });
      after.team = team;
      say('assistant', t('intake.teamFound', { team: team.name }), { variant: 'team', team });
    } catch (error) {
      console.warn('Zuständiges Team nicht gefunden', error);
      after.team = null;
      say('assistant', t('intake.teamUnknown'));
    } finally {
      setBusy(false);
    }
    goNext(after);
  }

  function answerContact(contact: ContactAnswer) {
    say(
      'family',
      contact.anonymous
        ? t('intake.contact.anonymousAnswer')
        : [contact.name, contact.phone, contact.email].filter(Boolean).join(', ') ||
            t('intake.contact.noneGiven'),
    );
    goNext({ ...answers, ...contact });
  }

  if (result) return <IntakeResult result={result} />;

  return (
    <div className="fam-chat-wrap">
      <div className="fam-chat" role="log" aria-live="polite" aria-label={t('intake.chatLabel')}>
        {messages.map((m) => (
          <MessageBubble key={m.id} message={m} />
        ))}
        {busy ? <p className="fam-msg fam-msg-assistant fam-msg-typing">{t('intake.thinking')}</p> : null}
      </div>

      <div className="fam-chat-input">
        {askingSafety && !busy ? (
          <div key="safety" ref={focusFirstControl}>
            <ChoiceInput
              options={[
                { value: 'yes', label: t('intake.safety.yes') },
                { value: 'no', label: t('intake.safety.no') },
                { value: 'unsure', label: t('intake.safety.unsure') },
              ]}
              onChoose={(value) => answerSafety(value as 'yes' | 'no' | 'unsure')}
            />
          </div>
        ) : step && !busy ? (
          <div key={step.id} ref={focusFirstControl}>
            <StepInput
              key={step.id}
              step={step}
              answers={answers}
              onChoice={answerChoice}
              onText={(text) => void answerText(text)}
              onNumber={answerNumber}
              onAddress={(a) => void answerAddress(a)}
              onContact={answerContact}
              onSkip={skip}
              messages={messages}
              onSent={(sent) => {
                setResult(sent);
                props.onSent?.();
              }}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Help that fits what was written: crisis lines for suicide and self-harm, the abuse line for abuse. */
function dangerText(t: FamilyT, signals: string[]): string {
  if (signals.includes('suicide') || signals.includes('self_harm')) return t('intake.danger.suicide');
  if (signals.includes('sexual_abuse')) return t('intake.danger.abuse');
  return t('intake.danger.text');
}

function isWriterRole(value: string): value is TWriterRole {
  return (ZWriterRole.options as readonly string[]).includes(value);
}

function isTopic(value: string): value is TIntakeTopic {
  return (intakeTopics as readonly string[]).includes(value);
}

function MessageBubble(props: { message: ChatMessage }) {
  const { t } = useFamilyTranslation();
  const m = props.message;
  const cls = ['fam-msg', m.from === 'assistant' ? 'fam-msg-assistant' : 'fam-msg-family'];
  if (m.variant === 'danger') cls.push('fam-msg-danger');
  return (
    <div className={cls.join(' ')}>
      <span className="visually-hidden">
        {m.from === 'assistant' ? t('intake.assistantSays') : t('intake.youWrote')}
      </span>
      <p className="fam-msg-text">{m.text}</p>
      {m.variant === 'danger' ? (
        <>
          <EmergencyNumbers signals={m.signals} />
          <p className="fam-msg-text">{t('intake.danger.continue')}</p>
        </>
      ) : null}
      {m.variant === 'team' && m.team ? <TeamContactCard team={m.team} headingLevel={3} /> : null}
    </div>
  );
}

interface StepInputProps {
  step: TFlowStep;
  answers: IntakeAnswers;
  messages: ChatMessage[];
  onChoice: (value: string, label: string) => void;
  onText: (text: string) => void;
  onNumber: (value: number) => void;
  onAddress: (address: AddressAnswer) => void;
  onContact: (contact: ContactAnswer) => void;
  onSkip: () => void;
  onSent: (result: CreateIntakeResponse) => void;
}

/** The control for the current step, by the step's kind (exhaustive over the contract's kinds). */
function StepInput(props: StepInputProps) {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const { step } = props;
  const onSkip = step.optional ? props.onSkip : undefined;
  switch (step.kind) {
    case 'choice': {
      if (step.field === 'topicChoice') {
        return <TopicInput classification={props.answers.classification} onChoose={props.onChoice} />;
      }
      const options =
        step.options ??
        (step.field === 'writerRole'
          ? ZWriterRole.options.map((value) => ({ value, label: {} as Record<string, string> }))
          : []);
      return (
        <ChoiceInput
          options={options.map((o) => ({ value: o.value, label: optionLabel(step, o, lang, t) }))}
          onChoose={props.onChoice}
          onSkip={onSkip}
        />
      );
    }
    case 'text':
      return <TextInput multiline={step.field === 'concern'} onSubmit={props.onText} onSkip={onSkip} />;
    case 'number':
      return <NumberInput isAge={step.field === 'age'} onSubmit={props.onNumber} onSkip={onSkip} />;
    case 'address':
      // Skipping the address still asks the server for the team (by topic alone).
      return (
        <AddressInput
          onSubmit={props.onAddress}
          onSkip={
            step.optional ? () => props.onAddress({ postcode: '', street: '', houseNumber: '' }) : undefined
          }
        />
      );
    case 'contact':
      return <ContactInput onSubmit={props.onContact} />;
    case 'summary':
      return <SummaryStep answers={props.answers} messages={props.messages} onSent={props.onSent} />;
  }
}
