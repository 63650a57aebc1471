export { collectTextBlocks, type TextBlock } from './collect-text';
export { createMarks, type Mark, type BlockMatch } from './marks';
export { createMarkIndex, type MarkIndex } from './mark-index';
export * from './paint';
export { caretAt, pointIsOnRange } from './caret';
export { isSkipped } from './skip-rules';
