"""Exit codes of every command: 0 clean (or cleaned and verified), 1 something flagged or not
verified, 2 a usage error or an unreadable input, 130 interrupted."""

EXIT_OK, EXIT_FLAGGED, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
