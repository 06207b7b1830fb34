// collect-charts: every chart file at its pinned tag, placeholders filled, into addons-path.
import * as core from '@actions/core';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { assertWritableFolder, writingTo } from '../../../shared/errors/fs-errors.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { readChartsListFile } from '../../../shared/release/charts-list.js';
import { collectCharts } from '../../../shared/release/collect.js';
import { ComponentSources } from '../../../shared/release/component-sources.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const list = await readChartsListFile(inputs.releaseCharts, 'release-charts');
    const addonsOwner = { input: 'addons-path' };
    // A file at addons-path is refused before anything is fetched: it is the user's, never replaced.
    await assertWritableFolder(inputs.addonsPath, addonsOwner);
    const sources = new ComponentSources({ token: inputs.githubToken, logger: actionsLogger });
    try {
      const outcome = await actionsLogger.group('Collect charts', () =>
        writingTo(inputs.addonsPath, addonsOwner, () => collectCharts({
          entries: list.entries,
          releaseFile: list.file,
          addonsPath: inputs.addonsPath,
          clean: inputs.clean,
          concurrency: inputs.concurrency,
          sourceFor: (entry) => sources.for(entry),
          logger: actionsLogger,
        })),
      );
      const addons = displayPath(inputs.addonsPath);
      setOutputs({ files: outcome.files.length, 'files-json': JSON.stringify(outcome.files) });
      await writeSummary(
        inputs.jobSummary,
        `collect-charts: ${outcome.files.length} files into ${addons}`,
        ['file', 'component', 'tag'],
        outcome.files.map((f) => [`${addons}/${f.path}`, f.repository, f.tag]),
        outcome.removed.length ? [`Removed (no longer produced): ${outcome.removed.map((r) => `<code>${r}</code>`).join(', ')}`] : [],
      );
      core.info(`${outcome.files.length} files written to ${addons}${outcome.removed.length ? `, ${outcome.removed.length} removed` : ''}`);
    } finally {
      await sources.close();
    }
  });
}
