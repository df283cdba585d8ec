// The versions of openapi/v1.json a client may have built against: the committed ones in git history
// (newest first, back to the last major version change), the file in the working tree, and what
// the code declares now.
import { execFileSync } from 'node:child_process';
import { CONTRACT_PATH, REPO_ROOT } from './contract-files';
import type { OpenApiDocument } from '../../libs/api-contract/src/openapi-types';

export interface ContractVersion {
  /** `the code`, `the working tree`, `commit 1a2b3c4` */
  label: string;
  /** The commit, for committed versions. */
  commit?: string;
  text: string;
}

const HISTORY_DEPTH = 30;

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** Committed versions of the contract, newest first (empty without git). */
export function committedVersions(): ContractVersion[] {
  try {
    const commits = git(['log', '--format=%h', '-n', String(HISTORY_DEPTH), '--', CONTRACT_PATH]).split('\n').filter(Boolean);
    return commits.flatMap((commit) => {
      try {
        return [{ label: `commit ${commit}`, commit, text: git(['show', `${commit}:${CONTRACT_PATH}`]) }];
      } catch {
        return []; // the commit deleted the file
      }
    });
  } catch {
    return [];
  }
}

/**
 * Consecutive (older, newer) pairs of distinct versions, newest pair first. A run of equal versions
 * is named by its oldest member: the commit that introduced it.
 */
export function consecutivePairs(newestFirst: ContractVersion[]): [ContractVersion, ContractVersion][] {
  const distinct = newestFirst.filter((version, i) => version.text !== newestFirst[i + 1]?.text);
  const pairs: [ContractVersion, ContractVersion][] = [];
  for (let i = 0; i + 1 < distinct.length; i++) pairs.push([distinct[i + 1], distinct[i]]);
  return pairs;
}

export const parseContract = (text: string) => JSON.parse(text) as OpenApiDocument;
