"""The main window and what hangs off it: menus and actions, sign-in, first run, preferences, help, language rebuild."""
