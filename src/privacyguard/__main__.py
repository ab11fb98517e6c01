"""``python -m privacyguard`` runs the command line."""

from privacyguard.cli.main import main

raise SystemExit(main())
