import { type FSWatcher, watch } from 'node:fs';
import type { Logger, ReloadOutcome } from '../../src/index.js';

/** File events come in bursts (an editor's save, a copy of many files): wait for quiet first. */
export const RELOAD_DEBOUNCE_MS = 500;

/** Files whose change cannot change the knowledge: hidden files, editors' backups and swap files. */
const IGNORED = /^\.|~$|\.(?:swp|swx|tmp|bak)$/iu;

export interface WatchKnowledgeOptions {
  dir: string;
  reload: () => Promise<ReloadOutcome>;
  logger: Logger;
  debounceMs?: number;
  /** Injected in tests; fs.watch and the process's SIGHUP otherwise. */
  watchDir?: (dir: string, onChange: (file: string | null) => void) => Pick<FSWatcher, 'close' | 'on'>;
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
  setTimer?: (run: () => void, ms: number) => { unref?: () => unknown };
  clearTimer?: (timer: unknown) => void;
}

export interface KnowledgeWatch {
  /** Stops watching and forgets SIGHUP; a reload already running finishes. */
  close(): void;
}

/**
 * Reloads the knowledge when a file in its folder changes or on SIGHUP, once per burst of
 * changes. Neither keeps the process alive. A watcher that fails (the folder was removed) is
 * logged and SIGHUP still works.
 */
export function watchKnowledge(options: WatchKnowledgeOptions): KnowledgeWatch {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? RELOAD_DEBOUNCE_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  const signals = options.signals ?? process;
  let timer: { unref?: () => unknown } | undefined;
  const schedule = (reason: string) => {
    if (timer) clearTimer(timer);
    timer = setTimer(() => {
      timer = undefined;
      logger.info({ reason, dir }, 'reloading the knowledge');
      // reload() logs its own outcome and never rejects.
      void options.reload();
    }, debounceMs);
    timer.unref?.();
  };
  const onFile = (file: string | null) => {
    if (file !== null && IGNORED.test(file)) return;
    schedule(file === null ? 'a file changed' : `${file} changed`);
  };
  const onHangUp = () => schedule('SIGHUP');
  let watcher: Pick<FSWatcher, 'close' | 'on'> | undefined;
  try {
    watcher = (options.watchDir ?? ((path, onChange) => watch(path, (_event, file) => onChange(file))))(
      dir,
      onFile,
    );
    watcher.on('error', (err: Error) => {
      logger.warn({ err, dir }, 'stopped watching the knowledge folder; SIGHUP still reloads it');
      watcher?.close();
    });
    (watcher as Partial<FSWatcher>).unref?.();
  } catch (err) {
    logger.warn({ err, dir }, 'cannot watch the knowledge folder; SIGHUP reloads it');
  }
  signals.on('SIGHUP', onHangUp);
  return {
    close() {
      watcher?.close();
      signals.off('SIGHUP', onHangUp);
      if (timer) clearTimer(timer);
    },
  };
}
