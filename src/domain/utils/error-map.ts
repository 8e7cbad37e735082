// Readable Chinese validation messages, from one place. Schemas give field-specific messages where
// a generic one would be unclear; everything else falls back to zod's zh-CN locale.
import { z } from 'zod';

z.config(z.locales.zhCN());

/** One message per field path (`deputy.name`), the first issue of each, for showing next to fields. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    messages[key] ??= issue.message;
  }
  return messages;
}

/** All messages as one readable sentence list, for a summary above a form or an import report. */
export function summarizeIssues(error: z.ZodError, labels: Record<string, string> = {}): string {
  return Object.entries(fieldMessages(error))
    .map(([path, message]) => (labels[path] ? `${labels[path]}：${message}` : message))
    .join('；');
}
