// list-images: every image the collected charts use, merged with hand-kept lists, into one list file.
import * as core from '@actions/core';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { expandListPaths } from '../../../shared/image-list/image-list.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { listImages } from '../../../shared/image-list/image-listing.js';
import { describeListChange, listChanges, previousImages, renderImageList } from '../../../shared/image-list/image-list-file.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { writeFileAtomic } from '../../../shared/files/atomic-write.js';
import { assertWritable, type PathOwner } from '../../../shared/errors/fs-errors.js';
import { getInputs } from './inputs.js';

const TARGET_OWNER: PathOwner = { input: 'target-file' };

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    await assertWritable(inputs.targetFile, TARGET_OWNER);
    const extraLists = inputs.extraLists.length ? await expandListPaths(inputs.extraLists, 'extra-lists') : [];
    const { images, perFile } = await actionsLogger.group('Scan charts', () =>
      listImages({
        addonsPath: inputs.addonsPath,
        addonsInput: 'addons-path',
        markers: inputs.markers,
        extraLists,
        render: inputs.render,
        logger: actionsLogger,
      }),
    );
    const before = await previousImages(inputs.targetFile);
    const text = renderImageList(images, inputs.format);
    await writeFileAtomic(inputs.targetFile, text, { owner: TARGET_OWNER });
    const references = images.map((i) => i.reference);
    const changes = listChanges(before?.references, references);
    const change = describeListChange(before, { text, references });
    const target = displayPath(inputs.targetFile);
    setOutputs({
      count: images.length,
      'images-file': target,
      'images-json': JSON.stringify(images.map(({ reference, file, line, source, origin }) => ({ image: reference, file, line, source, origin }))),
    });
    const notes = [
      before === undefined
        ? `${target} is new.`
        : `Against the previous ${target}: ${change}.`,
      ...[...changes.removed.map((r) => `− <code>${r}</code>`), ...changes.added.map((r) => `+ <code>${r}</code>`)].slice(0, 100),
    ];
    // Summaries are capped at 1 MiB: the full diff is in the PR; here the first hundred changes.
    if (changes.added.length + changes.removed.length > 100) notes.push(`… and ${changes.added.length + changes.removed.length - 100} more`);
    await writeSummary(inputs.jobSummary, `list-images: ${images.length} images in ${target}`, ['file', 'images'], [...perFile].filter(([, n]) => n > 0), notes);
    core.info(`${images.length} images written to ${target} (${change})`);
  });
}
