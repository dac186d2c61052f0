import receiverSource from '~/demos/frames/receiver.ts?raw';
import echoWorkerSource from '~/demos/echo.worker.ts?raw';
import workerElementSource from '~/demos/worker.element.ts?raw';
import channelElementSource from '~/demos/channel.element.ts?raw';

/** A region of one of the demos' real source files (SourceRegion.astro). */
export interface SourceRegionSpec {
  /** The file's text. */
  source: string;
  /** Its path in the repository, the caption. */
  file: string;
  /** The region's name in the file (code-regions.ts). */
  region: string;
}

/** A live demo's title and the code it runs. */
export interface DemoSource {
  title: string;
  /** The MDX component that embeds the demo (`<WorkerDemo />`), to find the pages that have it. */
  component: string;
  /** A short name for the source page's title, which must stay short. */
  short: string;
  regions: readonly SourceRegionSpec[];
}

/**
 * The code each live demo runs, shown on its own page (src/pages/demo-source/[demo].astro)
 * rather than in every page with the demo: the pages link to it from the demo's "Code running
 * in this demo" and, with JavaScript, show it in place when the reader opens that.
 */
export const DEMO_SOURCES = {
  'cross-document': {
    title: 'Cross-document messaging and the origin check',
    component: 'CrossDocumentDemo',
    short: 'cross-document messaging',
    regions: [{ source: receiverSource, file: 'src/demos/frames/receiver.ts', region: 'receiver' }],
  },
  worker: {
    title: 'An echo worker',
    component: 'WorkerDemo',
    short: 'an echo worker',
    regions: [
      { source: workerElementSource, file: 'src/demos/worker.element.ts', region: 'start' },
    ],
  },
  channel: {
    title: 'A MessageChannel to a worker',
    component: 'ChannelDemo',
    short: 'a MessageChannel',
    regions: [
      { source: channelElementSource, file: 'src/demos/channel.element.ts', region: 'channel' },
      { source: echoWorkerSource, file: 'src/demos/echo.worker.ts', region: 'port' },
    ],
  },
} as const satisfies Record<string, DemoSource>;

export type DemoSourceName = keyof typeof DEMO_SOURCES;

/** The URL of a demo's source page. */
export function demoSourcePath(name: DemoSourceName): string {
  return `/demo-source/${name}`;
}
