import { defineConfig } from 'vitest/config';
import { yamlPlugin } from './scripts/vite-yaml.mjs';

export default defineConfig({
  plugins: [yamlPlugin()],
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    environment: 'node',
  },
});
