export { defaultTarget, dialectOf, openDatabase, type Connection, type DialectName } from './dialect.js';
export { createStore, openStore, type StoreOptions } from './sql-store.js';
export type * from './repository.js';
