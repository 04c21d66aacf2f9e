// The built-in synonym table is data (knowledge/synonyms.json), imported so that it ships inside
// the build: the compiled bot finds it wherever it runs, whatever KNOWLEDGE_DIR says.
import builtIn from '../../knowledge/synonyms.json' with { type: 'json' };

/** Where the built-in table comes from, as problems and `casebot check` name it. */
export const BUILT_IN_SYNONYMS_FILE = 'built-in synonyms.json';

/** The built-in table as JSON text, read the way a knowledge folder's synonyms.json is. */
export const BUILT_IN_SYNONYMS_TEXT = JSON.stringify(builtIn, null, 2);
