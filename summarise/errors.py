"""One exception root for everything a user can cause or fix.

SummariseError                 - a user-facing problem; ``str(e)`` is one line naming the fix
 +-- InputError                - a path that does not exist, an empty folder, an unreadable file
 +-- BackendError              - a model server that cannot be used
 |    +-- BackendUnreachable   - nothing listens at the address
 |    +-- ModelNotFound        - the server does not have the model
 |    +-- BackendResponseError - the server answered with an error
 +-- ContextOverflow           - one prompt would exceed the backend's context window
 +-- ConfigError               - a bad model spec or setting
 +-- LedgerError               - a run ledger that cannot be opened, read or written
"""

from __future__ import annotations


class SummariseError(Exception):
    """Root of every error summarise raises on purpose."""


class InputError(SummariseError):
    pass


class ConfigError(SummariseError):
    pass


class BackendError(SummariseError):
    pass


class BackendUnreachable(BackendError):
    pass


class ModelNotFound(BackendError):
    pass


class BackendResponseError(BackendError):
    pass


class ContextOverflow(SummariseError):
    pass


class LedgerError(SummariseError):
    pass
