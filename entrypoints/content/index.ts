import './highlights.css';
import { startContent } from './start';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: (ctx) => startContent(ctx),
});
