import { fromPromise } from 'xstate';

/** Placeholder for an actor the runtime must supply (`machine.provide`); fails loudly if it was forgotten. */
export function provided<Output, Input>(name: string) {
  return fromPromise<Output, Input>(async () => {
    throw new Error(`actor "${name}" was not provided by the runtime`);
  });
}
