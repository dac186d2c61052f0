/**
 * The demo frame documents (src/pages/demo-frames/): where each is served and the sandbox its
 * page frames it with. The demo components frame them from here, and the build's `_headers`
 * sandboxes the same documents for hosts that take headers, so the two cannot drift apart.
 */
export const DEMO_FRAMES = {
  /** The receiver of the cross-document demo: same origin, not sandboxed. */
  receiver: { path: '/demo-frames/receiver', sandbox: undefined },
  /** The sender of the cross-document demo that has an opaque origin. */
  sandboxedSender: { path: '/demo-frames/sandboxed-sender', sandbox: 'allow-scripts' },
  /** The playground's code runner. */
  runner: { path: '/demo-frames/runner', sandbox: 'allow-scripts' },
} as const satisfies Record<string, { path: string; sandbox: string | undefined }>;
