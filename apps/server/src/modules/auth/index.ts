// Staff sign-in: password, second factor (TOTP), logout and the signed-in user (/api/me).
export { authRoutes } from './routes.js';
