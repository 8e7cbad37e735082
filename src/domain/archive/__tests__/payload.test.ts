// readPayload parses the record files a slice of lines at a time when they are in the shape the
// writer gives them, and any other valid JSON whole — with the same result either way.
import { describe, expect, it } from 'vitest';
import { PAYLOAD_FILES, recordsPath } from '../format';
import { parseRecordLines, readPayload } from '../upgrade';

const encode = (text: string) => new TextEncoder().encode(text);

/** A format 1 payload whose one table file holds `text`. */
async function recordsOf(text: string) {
  const files = new Map([
    [recordsPath('activities'), encode(text)],
    [PAYLOAD_FILES.settings, encode('null\n')],
    [PAYLOAD_FILES.catalogue, encode('{"version":"1.0.0"}\n')],
  ]);
  const payload = await readPayload(1, files, ['activities']);
  return 'problem' in payload ? payload : payload.records['activities'];
}

// More rows than one slice (2,000 lines), with text that looks like JSON syntax inside strings.
const rows = Array.from({ length: 4321 }, (_, i) => ({
  id: `a-${i}`,
  topic: i % 7 === 0 ? '含有“,\\n]”和 [1, 2] 的文字' : `活动 ${i}`,
  deputyIds: i % 3 ? [`d-${i}`] : [],
  nested: { list: [[i], { x: null }] },
}));

describe('record files', () => {
  it('reads the writer’s one-record-per-line shape slice by slice, exactly as JSON.parse does', async () => {
    const text = `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
    let turns = 0;
    const sliced = await parseRecordLines(text, async () => void turns++);
    expect(sliced).toEqual(JSON.parse(text));
    expect(turns).toBe(3); // 4,321 lines: three slices, a turn before each
    expect(await recordsOf(text)).toEqual(JSON.parse(text));
  });

  it('leaves any other shape to JSON.parse', async () => {
    const pace = async () => undefined;
    expect(await parseRecordLines(JSON.stringify(rows, null, 2), pace)).toBeUndefined();
    expect(await parseRecordLines('[\n[1,\n2],\n[3,\n4]\n]\n', pace)).toBeUndefined();
    expect(await parseRecordLines('[\n{"id":"a"}\n]', pace)).toEqual([{ id: 'a' }]);
  });

  it.each([
    ['pretty-printed', JSON.stringify(rows, null, 2)],
    ['one line', JSON.stringify(rows)],
    ['nested values over several lines', `[\n[1,\n2],\n[3,\n4]\n]\n`],
    ['an empty table', '[]\n'],
    ['CRLF line ends', `[\r\n${rows.map((r) => JSON.stringify(r)).join(',\r\n')}\r\n]\r\n`],
  ])('reads %s JSON whole, the same as JSON.parse', async (_name, text) => {
    expect(await recordsOf(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['a missing comma between records', '[\n{"id":"a"}\n{"id":"b"}\n]\n'],
    ['a trailing comma', '[\n{"id":"a"},\n{"id":"b"},\n]\n'],
    ['a cut-off record', '[\n{"id":"a"},\n{"id":\n]\n'],
    // Lines that parse only when joined without their line break: a raw line break in a string.
    ['a line break inside a string', '[\n{"t":"a,\nb"},1\n]\n'],
  ])('refuses %s as not JSON', async (_name, text) => {
    expect(await recordsOf(text)).toEqual({ problem: 'not-json', path: recordsPath('activities') });
  });
});
