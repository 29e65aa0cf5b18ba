// Information pages of the family app (shipped Markdown, the office's own edits).
export { contentRoutes } from './routes.js';
