import { Route } from 'react-router';
import { RequireOffice } from '../NoPermission.tsx';
import { EditArticlePage, NewArticlePage } from './ArticleEditorPage.tsx';
import { ArticleListPage } from './ArticleListPage.tsx';
import { ArticlePage } from './ArticlePage.tsx';
import { AssignmentPage } from './AssignmentPage.tsx';
import { KnowledgeHomePage } from './KnowledgeHomePage.tsx';
import { OnboardingPage } from './OnboardingPage.tsx';
import { EditPathPage, NewPathPage } from './PathEditorPage.tsx';
import { QuestionListPage } from './QuestionListPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';

/**
 * The routes of "Wissen" below /fachkraft, for everyone the server allows `use_knowledge`
 * (the law browser under wissen/gesetze is open to all signed in and has its own routes).
 * Called inside StaffApp's <Routes>, as a function so React Router sees plain <Route> elements.
 */
export function knowledgeRoutes() {
  return (
    <Route element={<RequireOffice action="use_knowledge" />}>
      <Route path="wissen" element={<KnowledgeHomePage />} />
      <Route path="wissen/artikel" element={<ArticleListPage />} />
      <Route path="wissen/artikel/neu" element={<NewArticlePage />} />
      <Route path="wissen/artikel/:articleId" element={<ArticlePage />} />
      <Route path="wissen/artikel/:articleId/bearbeiten" element={<EditArticlePage />} />
      <Route path="wissen/fragen" element={<QuestionListPage />} />
      <Route path="wissen/fragen/:questionId" element={<QuestionPage />} />
      <Route path="wissen/einarbeitung" element={<OnboardingPage />} />
      <Route path="wissen/einarbeitung/:assignmentId" element={<AssignmentPage />} />
      <Route element={<RequireOffice action="manage_onboarding" />}>
        <Route path="wissen/einarbeitung/plaene/neu" element={<NewPathPage />} />
        <Route path="wissen/einarbeitung/plaene/:pathId/bearbeiten" element={<EditPathPage />} />
      </Route>
    </Route>
  );
}
