/**
 * The database layer: all SQL of the app lives in this folder, as named functions taking the
 * connection first and binding every value.
 */
export * from './connection';
export * from './migrate';
export * as articles from './articles';
export * as events from './events';
export * as mentions from './mentions';
export * as entities from './entities';
export * as merges from './merges';
export * as search from './search';
export { defaultDatabasePath, userDataDirectory } from './default-path';
