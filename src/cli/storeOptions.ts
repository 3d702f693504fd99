/** What the commands that open the registry share: where it is (SQLite directory or PostgreSQL URL), and their refusal. */
import { Option } from 'commander';
import type { StoreTarget } from '../store/db.js';

/** A refusal of the command's input or setting (exit 2), said in one line. */
export class ServeError extends Error {}

export interface StoreOpts { data: string; databaseUrl?: string }
export const targetOf = (o: StoreOpts): StoreTarget => (o.databaseUrl ? { databaseUrl: o.databaseUrl } : { dataDir: o.data });
export const dataOption = () => new Option('--data <dir>', 'data directory of the embedded SQLite database').default('recours-data');
export const urlOption = () => new Option('--database-url <url>', 'PostgreSQL connection URL (instead of SQLite)').env('RECOURS_DATABASE_URL');
