// Every duty's evaluator, by duty id. A test fails when a duty of the catalogue has none.
import type { Evaluator } from '../context';
import { EVALUATORS as chapter2 } from './chapter2';
import { EVALUATORS as chapter3 } from './chapter3';
import { EVALUATORS as chapter4 } from './chapter4';
import { EVALUATORS as chapter5 } from './chapter5';
import { EVALUATORS as chapter6 } from './chapter6';
import { EVALUATORS as chapter7 } from './chapter7';
import { EVALUATORS as chapter8 } from './chapter8';
import { EVALUATORS as law } from './law';
import { EVALUATORS as catalogue11 } from './catalogue-1-1';

export const EVALUATORS: Readonly<Record<string, Evaluator>> = {
  ...chapter2,
  ...chapter3,
  ...chapter4,
  ...chapter5,
  ...chapter6,
  ...chapter7,
  ...chapter8,
  ...law,
  ...catalogue11,
};
