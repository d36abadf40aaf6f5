"""Shared by every screen: display names (one label table), translations, theme, reflowing layouts, background tasks, table-model base."""
