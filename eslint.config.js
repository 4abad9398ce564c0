// Lint: typescript-eslint's recommended rules on every TypeScript file, zero warnings allowed
// (`npm run lint`). Astro components are checked by `astro check` (npm run typecheck) instead.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', '.scratch/', '.build-tmp/', 'bench/**/dist/', '**/.dist.tmp-*/', 'archive/', 'tests/fixtures/**/dist/'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused arguments are allowed when prefixed with `_` (interfaces that a function must fit).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
