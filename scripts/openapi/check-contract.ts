// `npm run openapi:check` (also a step of `npm test`): the committed contract and SDK match the code,
// every operation is documented, and no published operation breaks unless the major version changed.
import { describeBreakingChange, findBreakingChanges, majorOf } from '../../libs/api-contract/src/breaking-changes';
import { CONTRACT_PATH, readRepoFile, renderSdkFiles } from './contract-files';
import { committedVersions, consecutivePairs, parseContract, type ContractVersion } from './contract-history';
import { currentDocumentText } from './current-document';
import { documentationProblems } from './documentation-rules';

const WAIVERS_PATH = 'openapi/waived-breaks.json';

function waivedSteps(): { from: string; reason: string }[] {
  const text = readRepoFile(WAIVERS_PATH);
  if (text === undefined) return [];
  const waivers = JSON.parse(text) as { from: string; reason: string }[];
  for (const waiver of waivers) {
    if (!/^[0-9a-f]{7,40}$/.test(waiver.from) || !waiver.reason) throw new Error(`${WAIVERS_PATH}: each entry needs "from" (a commit) and a "reason"`);
  }
  return waivers;
}

function stalenessProblems(generatedText: string, committedText: string | undefined): string[] {
  if (committedText === undefined) return [`${CONTRACT_PATH} is missing: run \`npm run openapi\` and commit it`];
  const problems: string[] = [];
  if (committedText !== generatedText) {
    problems.push(`${CONTRACT_PATH} is stale (the code declares another API): run \`npm run openapi\`, then commit openapi/v1.json and libs/sdk/src/generated`);
  }
  for (const [path, content] of Object.entries(renderSdkFiles(parseContract(committedText)))) {
    if (readRepoFile(path) !== content) problems.push(`${path} is stale: run \`npm run sdk\` and commit it`);
  }
  return problems;
}

/**
 * Each step from one version to the next must be compatible, back to the last major version change.
 * A step can be waived in openapi/waived-breaks.json (`[{ "from": "<commit>", "reason": "…" }]`), e.g.
 * when a commit published routes by mistake that were never meant to be released.
 */
function breakingProblems(versions: ContractVersion[]): string[] {
  const waived = new Set(waivedSteps().map((w) => w.from));
  const problems: string[] = [];
  for (const [older, newer] of consecutivePairs(versions)) {
    if (older.commit && [...waived].some((from) => older.commit?.startsWith(from) || from.startsWith(older.commit ?? '-'))) continue;
    const [before, after] = [parseContract(older.text), parseContract(newer.text)];
    if (majorOf(after.info.version) > majorOf(before.info.version)) break;
    for (const change of findBreakingChanges(before, after)) {
      problems.push(
        `breaking change from ${older.label} (version ${before.info.version}) to ${newer.label} (version ${after.info.version}): ${describeBreakingChange(change)}. ` +
          'Keep the operation compatible (add, do not change), or publish a new major version (info.version in openapi-document.ts).',
      );
    }
  }
  return problems;
}

export async function checkContract(): Promise<boolean> {
  const generatedText = await currentDocumentText();
  const generated = parseContract(generatedText);
  const committedText = readRepoFile(CONTRACT_PATH);
  const versions: ContractVersion[] = [{ label: 'the code', text: generatedText }];
  if (committedText !== undefined) versions.push({ label: `the working tree's ${CONTRACT_PATH}`, text: committedText });
  versions.push(...committedVersions());

  const problems = [...stalenessProblems(generatedText, committedText), ...documentationProblems(generated), ...breakingProblems(versions)];
  const operations = Object.values(generated.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (problems.length === 0) {
    say(`openapi:check: ${CONTRACT_PATH} (version ${generated.info.version}, ${operations} operations) and the SDK match the code; every operation documented; no breaking change (${versions.length} versions compared).`);
    return true;
  }
  say(`openapi:check: ${problems.length} problem(s) with the API contract:`);
  for (const problem of problems) say(`  ✗ ${problem}`);
  return false;
}
