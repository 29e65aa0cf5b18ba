import type { TArticleAction, TQuestionAction } from '@lotse/shared';
import { type Actor, hasRole } from '../../platform/actor.js';
import { canInOffice, type Policy } from '../../platform/policy.js';

/** What the policies need to know of an article. */
export interface ArticleFacts {
  tenantId: string;
  ownerId: string;
  archived: boolean;
}

const usesKnowledge = (actor: Actor, tenantId: string) => canInOffice(actor, 'use_knowledge', { tenantId });

/**
 * Articles are the office's shared knowledge: everyone in the office may improve one (every version
 * is kept, with its editor); archiving takes it out of search, which its owner, a team lead or an
 * administrator may do.
 */
export const canOnArticle: Policy<TArticleAction, ArticleFacts> = (actor, action, a) => {
  if (!usesKnowledge(actor, a.tenantId) || a.archived) return false;
  switch (action) {
    case 'edit':
      return true;
    case 'archive':
      return a.ownerId === actor.userId || hasRole(actor, 'team_lead') || hasRole(actor, 'admin');
  }
};

export const allowedArticleActions = (actor: Actor, a: ArticleFacts): TArticleAction[] =>
  (['edit', 'archive'] as const).filter((action) => canOnArticle(actor, action, a));

/** What the policies need to know of a question. */
export interface QuestionFacts {
  tenantId: string;
  askedBy: string;
  accepted: boolean;
  articleId: string | null;
  answers: number;
}

/** Anyone in the office answers; the asker marks the answer that helped; an accepted one may become an article. */
export const canOnQuestion: Policy<TQuestionAction, QuestionFacts> = (actor, action, q) => {
  if (!usesKnowledge(actor, q.tenantId)) return false;
  switch (action) {
    case 'answer':
      return true;
    case 'accept':
      return q.askedBy === actor.userId && q.answers > 0;
    case 'make_article':
      return q.accepted && q.articleId === null;
  }
};

export const allowedQuestionActions = (actor: Actor, q: QuestionFacts): TQuestionAction[] =>
  (['answer', 'accept', 'make_article'] as const).filter((action) => canOnQuestion(actor, action, q));

/** What the policy needs to know of someone's onboarding. */
export interface AssignmentFacts {
  tenantId: string;
  userId: string;
  mentorId: string | null;
  /** The teams of the person on the path. */
  teamIds: string[];
}

export type AssignmentAction = 'tick' | 'view';

/**
 * Onboarding progress is about a colleague: they tick their own steps; their mentor, the lead of
 * one of their teams and administrators may look at it.
 */
export const canOnAssignment: Policy<AssignmentAction, AssignmentFacts> = (actor, action, a) => {
  if (actor.tenantId !== a.tenantId) return false;
  const self = actor.userId === a.userId;
  switch (action) {
    case 'tick':
      return self;
    case 'view':
      return (
        self ||
        actor.userId === a.mentorId ||
        hasRole(actor, 'admin') ||
        (hasRole(actor, 'team_lead') && a.teamIds.some((t) => actor.leadTeamIds.includes(t)))
      );
  }
};

export const allowedAssignmentActions = (actor: Actor, a: AssignmentFacts): AssignmentAction[] =>
  (['tick', 'view'] as const).filter((action) => canOnAssignment(actor, action, a));
