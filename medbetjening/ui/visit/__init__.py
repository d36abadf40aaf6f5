"""One visit with a citizen: the visit screen, its panels (citizen, assessment, flows, outcome), the citizen's screen, handout and case note."""
