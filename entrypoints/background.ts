import { registerKeyboardCommands } from '../lib/background/keyboard-commands';
import { openBriefing } from '../lib/background/open-briefing';
import { registerHandlers } from '../lib/background/register-handlers';
import { loadBuiltinPacks } from '../lib/glossary/builtin-packs';
import { createGlossaryService } from '../lib/glossary/glossary-service';
import { loadUserGlossary, saveUserGlossary } from '../lib/glossary/user-glossary-store';
import { importedPacksItem, loadSettings, settingsItem, userTermsItem } from '../lib/settings';
import { reportStore } from '../lib/report/report-store';

export default defineBackground(() => {
  const glossary = createGlossaryService({
    loadBuiltinPacks: () =>
      loadBuiltinPacks((path) => fetch(browser.runtime.getURL(`/${path}` as '/')).then((response) => response.text())),
    loadUserGlossary,
    saveUserGlossary,
    loadDisabledPacks: async () => (await loadSettings()).disabledPacks,
  });
  registerHandlers(glossary, openBriefing);
  registerKeyboardCommands();
  userTermsItem.watch(() => glossary.invalidate());
  importedPacksItem.watch(() => glossary.invalidate());
  settingsItem.watch((next, previous) => {
    if (JSON.stringify(next?.disabledPacks) !== JSON.stringify(previous?.disabledPacks)) glossary.invalidate();
  });
  browser.tabs.onRemoved.addListener((tabId) => void reportStore.remove(tabId));
  void glossary.ready();
});
