export * from './api.js';
export * from './audit.js';
export * from './enums.js';
export * from './limits.js';
