export * from './api.js';
export * from './audit.js';
export * from './enums.js';
export * from './intake.js';
export * from './limits.js';
export * from './meetings.js';
