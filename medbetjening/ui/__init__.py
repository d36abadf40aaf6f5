"""Qt Widgets. Never talks to the database: everything goes through services."""
