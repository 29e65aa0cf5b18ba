// Staff sign-in: password or the office's identity provider (OIDC), second factor (TOTP), logout and
// the signed-in user (/api/me).
export { authRoutes } from './routes.js';
