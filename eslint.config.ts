import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,tsx,vue}'] },
  { name: 'app/files-to-ignore', ignores: ['**/dist/**', '**/dist-careers/**', '**/dist-profile/**', '**/coverage/**', '**/.vite-ssg-temp/**', 'playwright-report/**', 'test-results/**'] },
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The one rule that carries the design: src/lib is pure TypeScript, testable in Node.
    name: 'app/lib-is-pure',
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vue', 'pinia', 'vue-router', 'd3-selection', 'd3-zoom', '@unhead/vue'].map((name) => ({
            name,
            message: 'src/lib is pure TypeScript: no Vue, router, store or DOM code here.',
          })),
          patterns: [{ group: ['@/components/*', '@/views/*', '@/stores/*', '@/composables/*', '*.vue'], message: 'src/lib must not import app code.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // Every browser spec runs with the shared fixture, which fails a test on any CSP violation.
    name: 'app/e2e-uses-fixtures',
    files: ['tests/e2e/**/*.spec.ts', 'tests/e2e-base/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import test and expect from tests/e2e/fixtures: it checks the Content-Security-Policy on every page.",
            },
          ],
        },
      ],
    },
  },
  {
    // The catalogue and the details loader reach components through the app (provide/inject,
    // composables/useCatalogue.ts), so tests pass a small catalogue in and mock no module.
    name: 'app/catalogue-is-injected',
    files: ['src/components/**/*.{ts,vue}', 'src/views/**/*.{ts,vue}', 'src/composables/**/*.ts', 'src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@/data/catalogue', '@/data/details'].map((name) => ({
            name,
            message: 'Use useCatalogue() / useSpecialismDetails(): main.ts provides them to the app.',
          })),
        },
      ],
    },
  },
  {
    name: 'app/tests-mock-no-catalogue',
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name='mock'][arguments.0.value=/^@\\/data\\//]",
          message: 'Provide the fixture catalogue (tests/fixtures/context.ts) instead of mocking @/data.',
        },
      ],
    },
  },
)
