"""Sub-commands of the ``medbetjening`` command, one module each."""
