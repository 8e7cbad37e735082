import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yamlPlugin } from '../../../../scripts/vite-yaml.mjs';
import { forms } from '../catalogue';
import { formLinks, formsForRecord } from '../links';

describe('form links (the cut-down catalogue PrintLinks loads)', () => {
  it('names every form of the catalogue, in its order, with the same link fields', () => {
    const pick = (f: (typeof formLinks)[number]) => ({
      id: f.id,
      short: f.short,
      title: f.title,
      subtitle: f.subtitle,
      source: f.source,
      activityKinds: f.activityKinds,
      documentKinds: f.documentKinds,
    });
    expect(formLinks.map(pick)).toEqual(forms.map(pick));
    expect(formLinks.length).toBeGreaterThan(10);
  });

  it('offers a record the same forms as the full catalogue', () => {
    for (const source of ['activity', 'document', 'session', 'suggestion'] as const)
      for (const kind of [undefined, 'inspection', 'visit', 'plan'])
        expect(formsForRecord(formLinks, source, kind).map((f) => f.id)).toEqual(
          formsForRecord(forms, source, kind).map((f) => f.id),
        );
  });

  it('is cut down by the YAML plugin: `?form-links` keeps no sections', () => {
    const file = 'content/forms/work.yaml';
    const source = readFileSync(file, 'utf8');
    const transform = yamlPlugin().transform as (s: string, id: string) => { code: string };
    const full = transform(source, `/x/${file}`).code;
    const cut = transform(source, `/x/${file}?form-links`).code;
    expect(full).toContain('"sections"');
    expect(cut).not.toContain('"sections"');
    expect(cut).toContain('"short"');
    expect(cut.length).toBeLessThan(full.length / 3);
  });
});
