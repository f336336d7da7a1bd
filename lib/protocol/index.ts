export * from './chat.schema';
export * from './errors';
export * from './events';
export * from './version';
export * from './auth.schema';
export * from './commerce.schema';
export * from './inbox.schema';
