import type { DigestStatus, StatusReport } from './status-report.js';

/** A duration in the largest units that say it: `3 d 4 h`, `2 h 5 min`, `40 s`. */
export function describeUptime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const units: [number, string][] = [
    [86_400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [size, unit] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && parts.length < 2) parts.push(`${count} ${unit}`);
    else if (parts.length > 0) break;
  }
  return parts.length > 0 ? parts.join(' ') : '0 s';
}

function describeDigests(digests: DigestStatus): string {
  switch (digests.type) {
    case 'running': {
      const paused = digests.paused > 0 ? ` (${digests.paused} paused)` : '';
      const plural = digests.subscriptions === 1 ? '' : 's';
      return `running, ${digests.subscriptions} subscription${plural}${paused}`;
    }
    case 'disabled':
      return `disabled: ${digests.reason}`;
    case 'off':
      return 'off (no chat adapter runs)';
    default: {
      const never: never = digests;
      return never;
    }
  }
}

/**
 * The report in lines of plain text, the same for every front end: knowledge, problems found at
 * load, adapters, digests, store and uptime. Nothing in it is secret: the store is named by
 * its backend only, never its address.
 */
export function describeStatus(report: StatusReport): string[] {
  const { knowledge, store } = report;
  const problems =
    knowledge.errors + knowledge.warnings === 0
      ? 'no problems found at load'
      : `${knowledge.errors} error${knowledge.errors === 1 ? '' : 's'} and ${knowledge.warnings} warning${knowledge.warnings === 1 ? '' : 's'} found at load (casebot check lists them)`;
  const adapters =
    report.adapters.length === 0 ? 'none' : report.adapters.map((a) => `${a.name} ${a.state}`).join('; ');
  return [
    `Knowledge: ${knowledge.cases} case${knowledge.cases === 1 ? '' : 's'}, version ${knowledge.version.slice(0, 12)}; ${problems}`,
    `Adapters: ${adapters}`,
    `Digests: ${describeDigests(report.digests)}`,
    `Store: ${store.backend === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${store.healthy ? 'answering' : `not answering${store.reason ? ` (${store.reason})` : ''}`}`,
    `Up for ${describeUptime(report.uptimeSeconds)}${report.replica ? ` on ${report.replica}` : ''}`,
  ];
}
