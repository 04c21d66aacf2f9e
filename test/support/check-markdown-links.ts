import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as headingText } from 'mdast-util-to-string';

/** A link in a Markdown file that leads nowhere: the file, its line, the target, and why. */
export interface BrokenLink {
  file: string;
  line: number;
  url: string;
  problem: string;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function parse(file: string) {
  return fromMarkdown(readFileSync(file, 'utf8'));
}

/** The anchors GitHub gives a file's headings (`## How it runs` → `how-it-runs`, repeats `-1`, `-2`). */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(parse(file), (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(headingText(node)));
  });
  return anchors;
}

/**
 * Every relative link and image in `files` whose file does not exist inside `root`, or whose
 * `#anchor` names no heading of the Markdown file it points to. Web addresses are not followed:
 * tests never leave the machine.
 */
export function findBrokenLinks(files: readonly string[], root: string): BrokenLink[] {
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let found = anchors.get(file);
    if (!found) {
      found = anchorsOf(file);
      anchors.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    walk(parse(file), (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const { url } = node;
      if (SCHEME.test(url) || url.startsWith('//')) return;
      const report = (problem: string) =>
        broken.push({ file: relative(root, file), line: node.position?.start.line ?? 0, url, problem });
      const hash = url.indexOf('#');
      const path = decodeURIComponent(hash === -1 ? url : url.slice(0, hash));
      const anchor = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1));
      const target = path === '' ? file : resolve(dirname(file), path);
      if (relative(root, target).startsWith('..')) return report('points outside the repository');
      if (!existsSync(target)) return report('no such file');
      if (anchor === undefined) return;
      if (!target.endsWith('.md')) return report('an anchor in a file that is not Markdown');
      if (!anchorsIn(target).has(anchor)) return report(`no heading with the anchor #${anchor}`);
    });
  }
  return broken;
}

/** How many relative links `files` hold, so a test can tell that it checked something. */
export function countRelativeLinks(files: readonly string[]): number {
  let count = 0;
  for (const file of files) {
    walk(parse(file), (node) => {
      if ((node.type === 'link' || node.type === 'image') && !SCHEME.test(node.url)) count += 1;
    });
  }
  return count;
}
