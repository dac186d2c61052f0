/**
 * A thread that parses every IDL file of @webref/idl and posts back the merged index
 * (src/integrations/preload.ts). Plain Node runs it, not Vite: relative imports only.
 */
import { parentPort } from 'node:worker_threads';
import { idlIndexFromTexts } from '../lib/specs/idl-model.ts';
import { webrefIdlTexts } from './packages.ts';

parentPort?.postMessage(idlIndexFromTexts(webrefIdlTexts()));
