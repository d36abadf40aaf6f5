"""The counter's lists: today's visits and appointments, a citizen's history, follow-ups, the quick tally."""
