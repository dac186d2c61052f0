/**
 * The dedicated worker of the worker and channel demos. The region is shown on the page as the
 * code that runs.
 */
import { isWorkerRequest, type WorkerResponse } from './protocol';

// In a worker, postMessage() needs no target origin: it always answers the page that owns it.
const respond = (response: WorkerResponse) => postMessage(response);

/** Serves a transferred port: echoes what arrives on it in upper case. */
function servePort(port: MessagePort, useStart: boolean): void {
  // #region port
  port.addEventListener('message', (event) => {
    port.postMessage(`worker heard: ${String(event.data).toUpperCase()}`);
  });
  if (useStart) port.start(); // without this, the port never delivers a message
  // #endregion
  respond({ kind: 'port-ready', useStart });
}

// #region worker
addEventListener('message', (event) => {
  if (!isWorkerRequest(event.data)) return; // ignore anything that is not a known request
  const request = event.data;
  if (request.kind === 'echo') {
    respond({ kind: 'echo', value: request.value });
  } else if (request.kind === 'measure') {
    respond({ kind: 'measured', byteLength: request.buffer.byteLength });
  } else {
    servePort(request.port, request.useStart);
  }
});
// #endregion
