import type { TestProject } from 'vitest/node';
import { buildDist } from './support/build-dist.js';

/**
 * Builds dist/ once before any test file runs (and again before each watch-mode rerun): the
 * end-to-end tests start `npm start` and the compiled CLI, and two of them building at once
 * would write the same files.
 */
export async function setup(project: TestProject): Promise<void> {
  await buildDist();
  project.onTestsRerun(() => buildDist());
}
