import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTypeTag, projectsOfGraph, typeTags, type GraphProject } from './project-tags.js';
import { runNx } from './run-nx.js';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the projects of the Nx graph', () => {
  let scratch: string;
  let projects: GraphProject[];

  beforeAll(async () => {
    // Nx writes its graph cache to the scratch folder, not to the workspace's .nx, which the lint
    // tasks running beside this test read.
    scratch = await mkdtemp(join(tmpdir(), 'todo-project-tags-'));
    const graphFile = join(scratch, 'graph.json');
    const run = await runNx(workspaceRoot, ['graph', `--file=${graphFile}`], scratch);
    if (run.exitCode !== 0) throw new Error(`nx graph failed:\n${run.output}`);
    projects = projectsOfGraph(JSON.parse(await readFile(graphFile, 'utf8')));
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('include the layers of the hexagon', () => {
    expect(projects.map((project) => project.name)).toEqual(
      expect.arrayContaining(['domain', 'ports', 'application', 'adapter-memory']),
    );
  });

  it('each carry exactly one layer tag, from the list the boundary rules know', () => {
    const wrong = projects
      .map(({ name, tags }) => ({ name, typeTags: tags.filter((tag) => tag.startsWith('type:')) }))
      .filter(
        (project) =>
          project.typeTags.length !== 1 || !typeTags.some((known) => known === project.typeTags[0]),
      );

    expect(wrong).toEqual([]);
  });

  it('each carry the layer tag their folder implies', () => {
    const wrong = projects
      .map(({ name, root, tags }) => ({
        name,
        root,
        expected: expectedTypeTag(root) ?? 'a folder the guard knows',
        tags: tags.filter((tag) => tag.startsWith('type:')),
      }))
      .filter((project) => project.tags.join() !== project.expected);

    expect(wrong).toEqual([]);
  });
});

describe('expectedTypeTag', () => {
  it.each([
    ['packages/domain', 'type:domain'],
    ['packages/ports', 'type:ports'],
    ['packages/application', 'type:application'],
    ['packages/adapter-memory', 'type:adapter'],
    ['packages/adapter-dynamodb', 'type:adapter'],
    ['packages/http-contract', 'type:adapter'],
    ['packages/local-dynamodb', 'type:adapter'],
    ['apps/fastify-api', 'type:app'],
    ['apps/infra', 'type:infra'],
    ['tools/architecture-guard', 'type:tool'],
    ['bench', 'type:tool'],
  ])('expects %s to be tagged %s', (root, tag) => {
    expect(expectedTypeTag(root)).toBe(tag);
  });

  it('knows no tag for a library folder it has not been told about', () => {
    expect(expectedTypeTag('packages/utils')).toBeUndefined();
  });
});
