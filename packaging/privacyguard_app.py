"""Entry point of the frozen app: the window, or the command line when given a sub-command.

    privacyguard                      -> the window
    privacyguard check|sanitize|batch -> the command line (same pipeline)
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch worker processes re-enter here in a frozen build
    if len(sys.argv) > 1 and sys.argv[1] in ("check", "sanitize", "batch", "scan-text", "--version"):
        from privacyguard.cli.main import main as cli_main

        sys.exit(cli_main())
    from privacyguard.gui.app import main

    sys.exit(main())
