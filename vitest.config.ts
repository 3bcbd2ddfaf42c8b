import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'happy-dom',
            include: ['tests/components/**/*.test.ts'],
            setupFiles: ['tests/components/setup.ts'],
            exclude: [...configDefaults.exclude, 'tests/e2e/**'],
            root: fileURLToPath(new URL('./', import.meta.url)),
          },
        },
      ],
    },
  }),
)
