"""``python -m summarise``: the same as the ``summarise`` command."""

from summarise.cli import main

main()
