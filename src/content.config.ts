import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

// Authored content lives in the top-level content/ folder (see docs/architecture.md), so the docs
// collection is pointed there. The UI strings stay in src/content/i18n/, where Starlight keys them
// by file name (zh-CN.json, the pagefind.* strings of the search box included).
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
};
