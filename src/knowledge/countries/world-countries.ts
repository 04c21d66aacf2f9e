import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// The package is CommonJS (`module.exports = […]`) with ES-style typings, so TypeScript under
// NodeNext types a default import as the module object rather than the array.
const require = createRequire(import.meta.url);

/** Every country and territory of ISO 3166-1, from the maintained `world-countries` data. */
export const worldCountries = require('world-countries') as Countries;
