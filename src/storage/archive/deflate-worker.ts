// The export's deflate worker: compresses the archive's files with the browser's own
// `CompressionStream('deflate-raw')` while the page makes them, slice by slice in the order the
// page sends them, and answers each file's whole deflated stream once the page says it is made.
// Started by worker-deflate.ts only where the browser deflates natively; it holds only the files
// being made.
import { nativeDeflateStream, type DeflateStream } from '../../domain/archive/native-deflate';
import type { DeflateReply, DeflateRequest } from './worker-deflate';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DeflateRequest>) => void) | null;
  postMessage(message: DeflateReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** The files being made, by id: each one's stream and its last write, which the next one follows. */
const files = new Map<number, { stream: DeflateStream; written: Promise<void> }>();

scope.onmessage = ({ data }) => {
  let made = files.get(data.id);
  if (!made) {
    made = { stream: nativeDeflateStream(), written: Promise.resolve() };
    files.set(data.id, made);
  }
  const { stream } = made;
  if ('slice' in data) {
    made.written = made.written.then(() => stream.write(data.slice));
    return;
  }
  files.delete(data.id);
  made.written
    .then(() => stream.end())
    .then(
      (deflated) => scope.postMessage({ id: data.id, deflated }, [deflated.buffer as ArrayBuffer]),
      (error: unknown) =>
        scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) }),
    );
};
