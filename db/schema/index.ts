export * from './patients.js';
export * from './messages.js';
export * from './escalations.js';
export * from './outbox.js';
export * from './content.js';
export * from './operators.js';
