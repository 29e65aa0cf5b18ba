// Official youth-welfare statistics (KJH-Statistik): § 8a, educational help, §§ 42/42a records built
// from the case data, validated before the export; exports are audited.

export { statisticsRoutes } from './routes.js';
