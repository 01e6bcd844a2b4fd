// Every integration suite file, imported once so that both rigs (web and Node extension host) run the same tests.
// Add each new suite file here. The activation suite comes first: it needs Newsmark not started yet.
import './activation.test';
import './seedArticle.test';
import './highlights.test';
import './hovers.test';
import './annotations.test';
import './crossSource.test';
import './diagnostics.test';
import './commands.test';
import './sidecarStore.test';
import './exportWorkspace.test';
import './reanchor.test';
import './endOfLine.test';
import './entityRegistry.test';
import './reviewSelection.test';
import './renameArticle.test';
import './journalRecovery.test';
import './windowClose.test';
import './outputPanelFocus.test';
import './untitledArticles.test';
import './otherSchemes.test';
import './highlightsToggle.test';
import './treeClicks.test';
import './workspaceWalk.test';
import './manifest.test';
import './walkthrough.test';
