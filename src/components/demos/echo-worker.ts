/**
 * The URL of the demos' worker. The demo elements start it with
 * `new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module' })`, but Vite does
 * not emit workers nested in a module bundled on demand (`?worker&url`), so the components that
 * use it import it here too: Vite then emits it under the content-hashed name the elements use.
 */
export { default as echoWorkerUrl } from '~/demos/echo.worker.ts?worker&url';
