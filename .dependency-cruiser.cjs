/**
 * The layering, checked in CI (`npm run layers`): the law and the engine are pure and know nothing of
 * their edges; the edges (CLI, HTTP server, storage, batch, letters, reports, web) depend on them.
 */
const CORE = '^src/(case|law|caselaw|calendar|deadlines|interest|engine)/';
const EDGES = '^src/(cli|server|store|batch|letters|report)/';
module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-edge',
      comment: 'The law and the engine never import an edge (CLI, server, storage, batch, letters, reports).',
      severity: 'error',
      from: { path: CORE },
      to: { path: EDGES },
    },
    {
      name: 'batch-is-not-the-cli',
      comment: 'The batch runs beside the CLI, not through it.',
      severity: 'error',
      from: { path: '^src/batch/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'storage-is-not-http',
      comment: 'The registry (src/store) serves the server and the CLI alike; it never imports either.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'web-runs-in-the-browser',
      comment: 'The web app may share the pure code of src/ (the report sentences), never the Node edges.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/(cli|server|store|batch|letters)/' },
    },
    {
      name: 'no-cycle',
      comment: 'Modules import each other one way.',
      severity: 'error',
      from: { path: '^(src|web)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
