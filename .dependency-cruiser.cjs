/**
 * The house rules (docs/architecture.md): which layer may import which. `npm test` runs
 * `npm run check:layers`; a violation fails with the rule's name.
 *
 *   entrypoints/            decide which features run where
 *   features/               page features: wire adapters, store and components
 *   components/             views (plain DOM and Preact): view models and core types only
 *   utils/view/             view models: pure, over the core
 *   utils/zoom, utils/booking   adapters: read pages, over the core and utils/dom
 *   utils/store/            the store (IndexedDB in the background) and its message API
 *   utils/dom/  utils/i18n/ small shared helpers
 *   utils/roster/           the core: pure, imports nothing of ours but itself
 */
const BROWSER_OR_UI = '(^|node_modules/)(wxt|webextension-polyfill|@wxt-dev|preact|@preact|idb)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle ties layers together: break it by moving the shared piece down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'Two folders that import each other (a feature and its sub-feature) are one tangle: the one started by the other ' +
        'declares the narrow type it needs, or the shared piece moves down.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'nothing-imports-entrypoints',
      severity: 'error',
      comment: 'Entry points are the top of the house: WXT loads them, nothing else may.',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'entrypoints-stay-apart',
      severity: 'error',
      comment: 'Each entry point is its own bundle: share code through features/ or utils/.',
      from: { path: '^entrypoints/([^/.]+)' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'utils/roster (the core) imports nothing of ours but itself.',
      from: { path: '^utils/roster/' },
      to: { path: '^(entrypoints|features|components|utils)/', pathNot: '^utils/roster/' },
    },
    {
      name: 'core-knows-no-browser',
      severity: 'error',
      comment: 'The core runs without a browser or a DOM: no extension APIs, no UI library, no IndexedDB.',
      from: { path: '^utils/(roster|view)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'npm-unknown'], path: BROWSER_OR_UI },
    },
    {
      name: 'adapters-use-core-and-dom-only',
      severity: 'error',
      comment: 'Adapters (utils/zoom, utils/booking) read pages into plain data with the core and utils/dom only.',
      from: { path: '^utils/(zoom|booking)/' },
      to: { path: '^(entrypoints|features|components|utils)/', pathNot: ['^utils/(roster|dom)/', '^utils/$1/'] },
    },
    {
      name: 'teaching-reads-like-an-adapter',
      comment:
        "utils/teach learns and reads taught layouts: the core, utils/dom, and the adapters' row shapes (their types.ts) only.",
      severity: 'error',
      from: { path: '^utils/teach/' },
      to: {
        path: '^(entrypoints|features|components|utils)/',
        pathNot: ['^utils/(roster|dom|teach)/', '^utils/(zoom|booking)/types[.]ts$'],
      },
    },
    {
      name: 'dom-helpers-use-core-only',
      severity: 'error',
      comment: 'utils/dom holds small page helpers under the adapters: core only.',
      from: { path: '^utils/dom/' },
      to: { path: '^(entrypoints|features|components|utils)/', pathNot: '^utils/(roster|dom)/' },
    },
    {
      name: 'store-uses-core-only',
      severity: 'error',
      comment: 'The store keeps and answers: core only, never the page, the views or the adapters.',
      from: { path: '^utils/store/' },
      to: { path: '^(entrypoints|features|components|utils)/', pathNot: '^utils/(roster|store)/' },
    },
    {
      name: 'i18n-stands-alone',
      severity: 'error',
      comment: 'Texts and their formatting depend on nothing else of ours.',
      from: { path: '^utils/i18n/' },
      to: { path: '^(entrypoints|features|components|utils)/', pathNot: '^utils/i18n/' },
    },
    {
      name: 'view-models-over-core',
      severity: 'error',
      comment: 'View models (utils/view) are pure: the core, texts and the store message types only.',
      from: { path: '^utils/view/' },
      to: {
        path: '^(entrypoints|features|components|utils)/',
        pathNot: ['^utils/(roster|i18n|view)/', '^utils/store/messages[.]ts$'],
      },
    },
    {
      name: 'components-render-state-only',
      severity: 'error',
      comment: 'Components render view models and core types: never features, adapters, the store or page helpers.',
      from: { path: '^components/' },
      to: { path: '^(entrypoints|features|utils)/', pathNot: '^utils/(roster|view|i18n)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(tests|scripts|[.]output|[.]wxt)/' },
    // TypeScript 7.0 ships no compiler API, so swc (@swc/core) reads the sources: without a parser for
    // .ts the cruiser finds no module at all and reports no violation. swc reports type-only imports too.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'default'],
      mainFields: ['module', 'main'],
    },
  },
};
