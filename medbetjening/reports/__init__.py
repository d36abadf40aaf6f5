"""Statistics queries and renderers (CSV, XLSX, PDF handout, case note, KOMHEN). No widgets."""
