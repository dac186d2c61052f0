import { idlIndexFromTexts, membersOf, type IdlIndex } from '~/lib/specs/idl-model';
import { anchorLabel } from '~/lib/specs/spec-titles';
import { webrefIdlTexts } from './packages';
import { takePreloaded } from './preloaded';

/** The platform's WebIDL (@webref/idl), read at build time. */

let idlIndex: IdlIndex | undefined;
let lowerCasedNames: Map<string, string> | undefined;

/**
 * Takes the index a build parsed on another thread (src/integrations/preload.ts) once it is
 * ready. Without one (the dev server, or that thread failed), idl() parses on first use.
 */
export async function idlReady(): Promise<void> {
  idlIndex ??= await takePreloaded('idl-index');
}

/** Every IDL file of @webref/idl, parsed once per build and merged. */
export function idl(): IdlIndex {
  idlIndex ??= idlIndexFromTexts(webrefIdlTexts());
  return idlIndex;
}

/**
 * A spec anchor as readers read it (`handler-window-onmessage` → `Window.onmessage`), with the
 * IDL's own spelling of interface and member names.
 */
export function specAnchorLabel(anchor: string): string {
  const index = idl();
  lowerCasedNames ??= new Map(
    [...index.interfaces.keys(), ...index.mixins.keys()].map((name) => [name.toLowerCase(), name])
  );
  const names = lowerCasedNames;
  return anchorLabel(anchor, {
    interfaceNamed: (lowerCased) => names.get(lowerCased),
    membersOf: (name) => membersOf(index, name) ?? index.mixins.get(name)?.members ?? [],
  });
}
