/** Where messages with colleagues of other offices live in the cockpit (beside "Kooperation"). */
export const COLLEAGUES_PATH = '/fachkraft/kooperation/nachrichten';
export const NEW_COLLEAGUE_CONVERSATION_PATH = `${COLLEAGUES_PATH}/neu`;
export const colleagueConversationPath = (id: string) => `${COLLEAGUES_PATH}/${encodeURIComponent(id)}`;
