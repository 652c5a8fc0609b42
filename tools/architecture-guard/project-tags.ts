/** The layer tags the module-boundary rules in eslint.config.mjs know. */
export const typeTags = [
  'type:domain',
  'type:ports',
  'type:application',
  'type:adapter',
  'type:app',
  'type:infra',
  'type:tool',
] as const;

// Libraries under packages/ whose folder name doesn't start with `adapter-` but which sit at the
// edge all the same: the HTTP contract and the local DynamoDB runner.
const otherAdapters = new Set(['http-contract', 'local-dynamodb']);

/**
 * The layer tag a project's folder implies, or undefined for a folder the guard doesn't know yet
 * (add it here, and to the depConstraints in eslint.config.mjs if it is a new layer).
 */
export function expectedTypeTag(projectRoot: string): string | undefined {
  const [area, folder = ''] = projectRoot.split('/');
  if (area === 'packages') {
    if (folder === 'domain') return 'type:domain';
    if (folder === 'ports') return 'type:ports';
    if (folder === 'application') return 'type:application';
    if (folder.startsWith('adapter-') || otherAdapters.has(folder)) return 'type:adapter';
  }
  if (area === 'apps') return folder === 'infra' ? 'type:infra' : 'type:app';
  // The benchmark sits at the root (bench/), as the issue that asked for it names it.
  if (area === 'tools' || projectRoot === 'bench') return 'type:tool';
  return undefined;
}

/** A project as Nx's graph describes it: its name, its folder and its tags. */
export interface GraphProject {
  readonly name: string;
  readonly root: string;
  readonly tags: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the projects out of the JSON that `nx graph --file=<file>.json` writes. */
export function projectsOfGraph(graphJson: unknown): GraphProject[] {
  const nodes = isRecord(graphJson) && isRecord(graphJson.graph) ? graphJson.graph.nodes : null;
  if (!isRecord(nodes)) throw new Error('the Nx graph file has no graph.nodes');

  return Object.entries(nodes).map(([name, node]) => {
    const data = isRecord(node) ? node.data : null;
    if (!isRecord(data) || typeof data.root !== 'string') {
      throw new Error(`the Nx graph gives project ${name} no root`);
    }
    const tags = Array.isArray(data.tags) ? data.tags : [];
    return {
      name,
      root: data.root,
      tags: tags.filter((tag): tag is string => typeof tag === 'string'),
    };
  });
}
