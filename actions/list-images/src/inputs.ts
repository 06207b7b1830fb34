// list-images' inputs, read and checked once.
import { getBooleanInput, getEnumInput, getListInput, getMapInput, getOptionalInput, workspacePath } from '../../../shared/action/inputs.js';

export interface Inputs {
  addonsPath: string;
  targetFile: string;
  extraLists: string[];
  markers: Map<string, string>;
  format: 'list' | 'json';
  render: boolean;
  jobSummary: boolean;
}

export function getInputs(): Inputs {
  return {
    addonsPath: workspacePath(getOptionalInput('addons-path') ?? 'addons'),
    targetFile: workspacePath(getOptionalInput('target-file') ?? 'images-lists/images_platform.list'),
    extraLists: getListInput('extra-lists'),
    markers: getMapInput('markers'),
    format: getEnumInput('format', ['list', 'json'] as const, 'list'),
    render: getBooleanInput('render', false),
    jobSummary: getBooleanInput('job-summary', true),
  };
}
