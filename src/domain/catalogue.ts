// The duty catalogue alone, parsed with its schema. Islands that need the catalogue (settings,
// compliance) import this module, not handbook.ts, so they do not ship the rules' whole text.
import catalogueData from '../../content/duties.yaml';
import { CatalogueSchema } from './schemas/duty';

export const catalogue = CatalogueSchema.parse(catalogueData);
