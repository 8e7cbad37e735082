// The export's deflate worker: compresses the archive's files with the browser's own
// `CompressionStream('deflate-raw')`, one after the other in the order the page sends them,
// while the page goes on making the next file. Started by worker-deflate.ts only where the
// browser deflates natively; it holds nothing between files.
import { nativeDeflateRaw } from '../../domain/archive/native-deflate';
import type { DeflateReply, DeflateRequest } from './worker-deflate';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DeflateRequest>) => void) | null;
  postMessage(message: DeflateReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const noPace = async () => undefined;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = ({ data: { id, bytes } }) => {
  queue = queue.then(async () => {
    try {
      const deflated = await nativeDeflateRaw(bytes, noPace);
      scope.postMessage({ id, deflated }, [deflated.buffer as ArrayBuffer]);
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
};
