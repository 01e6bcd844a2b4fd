// Every integration suite file, imported once so that both rigs (web and Node extension host) run the same tests.
// Add each new suite file here.
