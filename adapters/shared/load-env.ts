import { config } from 'dotenv';

/** Reads `.env` into process.env, silently: stdout belongs to replies (`casebot ask --json`). */
export function loadDotEnv(): void {
  config({ quiet: true });
}
