export { buildMatchIndex, type MatchIndex } from './build-index';
export { matchText, type TextMatch } from './match-text';
export { applyCues } from './apply-cues';
export { foldWord } from './fold';
