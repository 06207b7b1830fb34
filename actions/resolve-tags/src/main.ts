// resolve-tags: pin every component to its release tag, write release_charts.yaml, and open or update
// the PR that asks the owners to confirm.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { writeFileAtomic } from '../../../shared/files/atomic-write.js';
import { assertWritable, type PathOwner } from '../../../shared/errors/fs-errors.js';
import { displayPath, workspacePath } from '../../../shared/action/inputs.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { parseChartsList, readChartsListFile, type ChartsList } from '../../../shared/release/charts-list.js';
import { ComponentSources } from '../../../shared/release/component-sources.js';
import { renderReleaseCharts } from '../../../shared/release/release-charts.js';
import { resolveTags } from '../../../shared/release/resolve.js';
import { pullRequestBody, tagChanges } from '../../../shared/release/tag-changes.js';
import { openTagsPullRequest } from '../../../shared/release/tags-pull-request.js';
import { getInputs } from './inputs.js';

const OUTPUT_OWNER: PathOwner = { input: 'output' };

async function previousRelease(path: string): Promise<{ text?: string; list?: ChartsList }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return { text, list: parseChartsList(text, displayPath(path)) };
  } catch (err) {
    actionsLogger.warning(`${displayPath(path)} could not be read as a release file (${(err as Error).message}); every tag counts as new`);
    return { text };
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const list = await readChartsListFile(inputs.chartsList, 'charts-list');
    await assertWritable(inputs.output, OUTPUT_OWNER);
    const previous = await previousRelease(inputs.output);
    const sources = new ComponentSources({ token: inputs.githubToken, logger: actionsLogger });
    try {
      const resolved = await actionsLogger.group('Resolve tags', () =>
        resolveTags({ list, previous: previous.list, prerelease: inputs.prerelease, concurrency: inputs.concurrency, sourceFor: (e) => sources.for(e), logger: actionsLogger }),
      );
      const content = renderReleaseCharts(list, new Map(resolved.map((r) => [r.entry, { tag: r.tag, commit: r.commit }])));
      await writeFileAtomic(inputs.output, content, { owner: OUTPUT_OWNER });
      const changes = tagChanges(resolved);
      const changed = previous.list === undefined || changes.length > 0;
      const output = displayPath(inputs.output);
      let pullRequestUrl = '';
      if (inputs.createPullRequest && changed) {
        pullRequestUrl = await actionsLogger.group('Pull request', () =>
          openTagsPullRequest({
            workspace: workspacePath('.'),
            path: relative(workspacePath('.'), inputs.output).split('\\').join('/'),
            content,
            branch: inputs.pullRequestBranch,
            base: inputs.baseBranch,
            title: `Update component tags (${changes.length} changed)`,
            body: pullRequestBody(changes, output),
            reviewers: [...new Set(resolved.filter((r) => changes.some((c) => c.repository === r.source.label)).flatMap((r) => r.entry.owners))],
            token: inputs.githubToken,
            logger: actionsLogger,
          }),
        );
      }
      setOutputs({ changed, 'release-charts': output, 'changes-json': JSON.stringify(changes), 'pull-request-url': pullRequestUrl });
      const failing = resolved.filter((r) => r.checks.length > 0).length;
      await writeSummary(
        inputs.jobSummary,
        `resolve-tags: ${changes.length} of ${resolved.length} components change tag`,
        ['component', 'old', 'new', 'checks'],
        resolved.map((r) => [r.source.label, r.oldTag ?? '', r.tag, r.checks.length ? `⚠️ ${r.checks.length}` : '✅']),
        pullRequestUrl ? [`Pull request: <a href="${pullRequestUrl}">${pullRequestUrl}</a>`] : [],
      );
      core.info(`${output}: ${changes.length} of ${resolved.length} components change tag${failing ? `; checks failed for ${failing}` : ''}`);
    } finally {
      await sources.close();
    }
  });
}
