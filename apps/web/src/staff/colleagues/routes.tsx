import { Route } from 'react-router';
import { RequireOffice } from '../NoPermission.tsx';
import { ConversationListPage } from './ConversationListPage.tsx';
import { ConversationPage } from './ConversationPage.tsx';
import { NewConversationPage } from './NewConversationPage.tsx';

/**
 * "Kolleg*innen anderer Ämter" below /fachkraft/kooperation/nachrichten, for everyone working in an
 * office (the server gates it like the knowledge base, `use_knowledge`). Called inside StaffApp's
 * <Routes>, as a function so React Router sees plain <Route> elements.
 */
export function colleagueRoutes() {
  return (
    <Route element={<RequireOffice action="use_knowledge" />}>
      <Route path="kooperation/nachrichten" element={<ConversationListPage />} />
      <Route path="kooperation/nachrichten/neu" element={<NewConversationPage />} />
      <Route path="kooperation/nachrichten/:conversationId" element={<ConversationPage />} />
    </Route>
  );
}
