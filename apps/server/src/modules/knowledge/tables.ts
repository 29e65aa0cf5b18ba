// Tables of the knowledge module (knowledge base, staff Q&A, onboarding): office knowledge, no case
// data. Only this module reads or writes them (db/table-ownership.test.ts); others use index.ts.
import type { Generated } from 'kysely';

export interface KnowledgeArticlesTable {
  tenant_id: string;
  id: string;
  title: string;
  body: string;
  tags: string[];
  kind: Generated<'article' | 'letter' | 'checklist' | 'goal_catalogue'>;
  owner_id: string;
  edited_by: string;
  version: Generated<number>;
  review_on: string;
  archived_at: Date | string | null;
  origin: Generated<'own' | 'imported'>;
  origin_office: string | null;
  question_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  search: Generated<string>;
}

export interface KnowledgeArticleVersionsTable {
  tenant_id: string;
  article_id: string;
  version: number;
  title: string;
  body: string;
  tags: string[];
  edited_by: string;
  edited_at: Generated<Date>;
  note: Generated<string>;
}

export interface KnowledgeQuestionsTable {
  tenant_id: string;
  id: string;
  title: string;
  body: Generated<string>;
  asked_by: string;
  asked_at: Generated<Date>;
  accepted_answer_id: string | null;
  article_id: string | null;
  search: Generated<string>;
}

export interface KnowledgeAnswersTable {
  tenant_id: string;
  id: string;
  question_id: string;
  body: string;
  answered_by: string;
  answered_at: Generated<Date>;
  search: Generated<string>;
}

export interface OnboardingPathsTable {
  tenant_id: string;
  id: string;
  title: string;
  description: Generated<string>;
  audience: string;
  weeks: number;
}

export interface OnboardingStepsTable {
  tenant_id: string;
  id: string;
  path_id: string;
  position: number;
  week: number;
  kind: 'article' | 'law' | 'task' | 'meeting';
  title: string;
  description: Generated<string>;
  article_id: string | null;
  law_ref: string | null;
}

export interface OnboardingAssignmentsTable {
  tenant_id: string;
  id: string;
  path_id: string;
  user_id: string;
  mentor_id: string | null;
  started_on: string;
  assigned_by: string;
  assigned_at: Generated<Date>;
}

export interface OnboardingProgressTable {
  tenant_id: string;
  assignment_id: string;
  step_id: string;
  done_at: Generated<Date>;
}

export interface KnowledgeTables {
  knowledge_articles: KnowledgeArticlesTable;
  knowledge_article_versions: KnowledgeArticleVersionsTable;
  knowledge_questions: KnowledgeQuestionsTable;
  knowledge_answers: KnowledgeAnswersTable;
  onboarding_paths: OnboardingPathsTable;
  onboarding_steps: OnboardingStepsTable;
  onboarding_assignments: OnboardingAssignmentsTable;
  onboarding_progress: OnboardingProgressTable;
}
