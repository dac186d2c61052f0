import { z } from 'astro/zod';

/** A WebIDL interface name such as `MessagePort` or `DedicatedWorkerGlobalScope`. */
export const interfaceNameSchema = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, {
  error: 'expected a WebIDL interface name such as "MessagePort"',
});

/** One kind of object the event is fired at, with what makes it fire there. */
export const eventTargetSchema = z
  .object({
    /** The interface of the target, e.g. `Worker`. */
    interface: interfaceNameSchema,
    /** The interface of the event object here, when it differs from the event's (e.g. `ExtendableMessageEvent`). */
    eventInterface: interfaceNameSchema.optional(),
    /** What sends the message to this target, in a few words. */
    when: z.string().trim().min(1, { error: 'expected a few words on when the event fires here' }),
  })
  .strict();

/**
 * The facts a reader looks for first on an event page (the seed's `{{Event}}` template, corrected).
 */
export const eventFactsSchema = z
  .object({
    /** The interface of the event object, e.g. `MessageEvent`. */
    interface: interfaceNameSchema,
    /** Whether the event bubbles. */
    bubbles: z.boolean({ error: 'expected true or false' }),
    /** Whether `preventDefault()` has any effect. */
    cancelable: z.boolean({ error: 'expected true or false' }),
    /** Whether the event is dispatched synchronously by the call that causes it (false: queued as a task). */
    synchronous: z.boolean({ error: 'expected true or false' }),
    /** Every interface the event is fired at. */
    targets: z.array(eventTargetSchema).min(1, { error: 'expected at least one target' }),
    /** The event handler IDL attribute, e.g. `onmessage`. */
    handler: z
      .string()
      .regex(/^on[a-z]+$/, { error: 'expected an event handler name such as "onmessage"' }),
  })
  .strict();

/** The facts of an event as components receive them. */
export type EventFacts = z.output<typeof eventFactsSchema>;
