import root from '../eslint.config.mjs';

// The root config has no constraint for `type:tool`, so the module-boundary rule lets a tool
// depend on no workspace library at all. The benchmark must import the apps' libraries (it runs
// the real use cases and adapters), so here a tool may depend on any project. The shared vitest
// settings and the root ESLint config are one folder up from here.
// Known shortcoming: this belongs in the root config (a `type:tool` constraint); until it is
// there, this file says it for bench/ alone.
const toolBoundaries = {
  '@nx/enforce-module-boundaries': [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: ['^\\.\\./vitest\\.shared\\.js$', '^\\.\\./eslint\\.config\\.mjs$'],
      depConstraints: [{ sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] }],
    },
  ],
};

export default [...root, { files: ['**/*.ts', '**/*.mjs'], rules: toolBoundaries }];
