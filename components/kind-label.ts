export { KIND_GROUP_LABELS, KIND_LABELS } from '../lib/glossary/kind-labels';
