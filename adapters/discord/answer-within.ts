/** The work finished within the budget, or is still running and must be awaited later. */
export type Timed<T> = { type: 'in-time'; value: T } | { type: 'late'; value: Promise<T> };

/**
 * Waits for `work` at most `ms`. Discord drops an interaction not answered within 3 seconds,
 * so a handler answers directly when the core is quick and defers first when it is not.
 */
export async function answerWithin<T>(work: Promise<T>, ms: number): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === 'late' ? { type: 'late', value: work } : { type: 'in-time', value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
