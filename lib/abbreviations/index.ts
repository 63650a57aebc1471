export type { Definition } from './definition';
export { findDefinitions } from './find-definitions';
