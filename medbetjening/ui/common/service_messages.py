"""Messages from the services (which have no Qt and write Danish) in the interface's
language. A service error's text is already translated when it is read (``str(error)``,
see ``services/errors.py``); a message a service returns as plain text goes through
``in_ui_language``. Both use the one catalogue, ``message_catalogue.py``.
"""

from __future__ import annotations

from medbetjening.message_catalogue import translate_message


def in_ui_language(message: str) -> str:
    """``message`` from a service in the interface's language (unchanged when unknown)."""
    return translate_message(message)
