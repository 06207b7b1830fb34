// Reads an action's action.yml: the CLI's flags, defaults and help come from the same file the runner reads.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionInput {
  id: string;
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: ActionInput[];
  outputs: { id: string; description: string }[];
}

interface RawAction {
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

export async function readActionMetadata(actionsDir: string, name: string): Promise<ActionMetadata> {
  const raw = parse(await readFile(join(actionsDir, name, 'action.yml'), 'utf8')) as RawAction;
  return {
    name,
    description: raw.description ?? '',
    inputs: Object.entries(raw.inputs ?? {}).map(([id, spec]) => ({
      id,
      description: spec.description ?? '',
      required: spec.required === true,
      default: spec.default,
    })),
    outputs: Object.entries(raw.outputs ?? {}).map(([id, spec]) => ({ id, description: spec.description ?? '' })),
  };
}

export async function listActions(actionsDir: string): Promise<string[]> {
  const entries = await readdir(actionsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
